package org.allybot.core.command;

import java.util.ArrayList;
import java.util.List;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/** The {@code /ally help} message; admins also see the admin commands. */
public final class HelpText {
  private HelpText() {}

  public static Message help(boolean admin) {
    return help(admin, List.of());
  }

  /** The help with {@code sections} of other features before the admin commands. */
  public static Message help(boolean admin, List<Block> sections) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header("Allybot: a few minutes of allyship practice"));
    blocks.add(
        new Block.Text(
            String.join(
                "\n",
                "`/ally poll`: a \"what would you do?\" scenario now",
                "`/ally lesson`: a micro-lesson now",
                "`/ally stats`: your own practice",
                "`/ally time 09:30`: when lessons and polls arrive (your local time)",
                "`/ally pause 2w` or `/ally pause until 2026-12-31`: take a break",
                "`/ally optout` / `/ally optin`: stop or restart everything",
                "`/ally survey`: surveys waiting for you; pick up where you left off",
                "`/ally forget-me`: delete all your data",
                "*Community of practice*",
                "`/ally ask`: bring a real situation to the community channel (anonymous if you like)",
                "`/ally advise N TEXT [--anonymous]`: advice on question #N (or reply in its thread)",
                "`/ally helpful N`: mark reply #N as helpful",
                "`/ally followup N TEXT`: add to your own question #N (or reply to my private message)",
                "`/ally resolve N [what I did] [--feature]`: close your question; `--feature` lets the digest show it without names",
                "`/ally community`: the channel, this week's facilitator; `/ally community tags N act,listen`: correct a question's senses",
                "`/ally community hide N [reason]`: for this week's facilitator, hide a post that breaks the rules")));
    blocks.addAll(sections);
    if (admin) {
      blocks.add(new Block.Divider());
      blocks.add(
          new Block.Text(
              String.join(
                  "\n",
                  "*For admins*",
                  "`/ally campaign create NAME [--audience all|#channel|@user,@user] [--senses act,listen] [--topics pronouns,meetings] [--level starter|practised|advanced] [--track managers|leaders|hr-erg|desk-allies|all] [--polls mon,wed,fri@09:30] [--lessons tue,thu@09:30] [--digest fri@16:00 #channel] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--mandatory] [--surveys baseline,followup,feedback|none]`",
                  "`/ally campaign list|show|pause|resume|edit|delete NAME`",
                  "`/ally campaign run NAME now`: send the next item at once; `/ally campaign run NAME survey now`: the follow-up survey at once, for a pilot",
                  "`/ally campaign report NAME`: participation, polls, community and surveys before and after (groups of 5 or more)",
                  "`/ally admin stats`: participation and answers (groups of 5 or more)",
                  "`/ally dashboard`: a one-time link to the web dashboard with charts and CSV downloads",
                  "`/ally community set #channel`, `/ally community facilitators @a @b @c weekly`: the community channel and its weekly facilitator rota",
                  "`/ally admin add|remove|list @user`, `/ally admin audit`, `/ally admin parked`: deliveries that failed or were skipped",
                  "`/ally admin set name|report_desk|policy_url VALUE`: your organisation's name, report desk and policy link in lessons and scenarios",
                  "`/ally admin purge`: delete everything Allybot holds for this workspace (asks to confirm)")));
    }
    blocks.add(
        new Block.Context(
            "Your answers are private. Admins see totals only, from groups of 5 or more."));
    return new Message("Allybot help", blocks);
  }
}
