package org.allybot.core.nudge;

import java.util.List;
import org.allybot.content.LanguageRule;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/** Every text inclusive-language nudges show, kept together for a later move into bundles. */
public final class NudgeTexts {
  public static final String USAGE =
      "/ally nudges [on | off | rules] — admins: [on #channel | off #channel | list | disable ID |"
          + " enable ID | stats]";

  static final String THANKS = "Thanks";
  static final String NOT_HELPFUL = "Not helpful";
  static final String STOP = "Don't nudge me";

  private NudgeTexts() {}

  /** The private nudge: the word, why, what to say instead, and three buttons. */
  static Message nudge(TermMatch match, String thanks, String unhelpful, String stop) {
    LanguageRule rule = match.rule();
    String opening =
        rule.level() == LanguageRule.Level.AVOID
            ? "A quick private note about *" + match.term() + "*, a word that can really hurt."
            : "A friendly, private nudge about *" + match.term() + "*.";
    String instead = "You could try: " + String.join(", ", rule.suggestions()) + ".";
    return Message.of(
        opening + " " + rule.why(),
        new Block.Text(opening + "\n" + rule.why()),
        new Block.Text(instead),
        new Block.Buttons(
            List.of(
                Button.of(THANKS, thanks, rule.id()),
                Button.of(NOT_HELPFUL, unhelpful, rule.id()),
                new Button(STOP, stop, rule.id(), Button.Style.DANGER))),
        new Block.Context(
            "Only you can see this. Nobody else learns who gets nudges. `/ally nudges off` stops"
                + " them."));
  }

  static String thanked() {
    return "Glad it helped. Thanks for making the channel a bit more welcoming.";
  }

  static String unhelpful() {
    return "Thanks for saying so. Your feedback helps us tune the rules; you'll still get a"
        + " nudge now and then.";
  }

  static String stopped() {
    return "Done: no more nudges for you. If you change your mind, type `/ally nudges on`.";
  }

  static String memberOn() {
    return "Nudges are on for you again. You'll get at most one an hour, only you will see it.";
  }

  static String memberOff() {
    return "Nudges are off for you. Type `/ally nudges on` to switch them back on.";
  }

  static String channelOn(String channel) {
    return "Nudges are on in <#"
        + channel
        + ">. Members there get a private note now and then about words that may leave people out;"
        + " nobody else sees them. Each member can opt out with `/ally nudges off`.";
  }

  static String channelOff(String channel) {
    return "Nudges are off in <#" + channel + ">.";
  }

  static String channelList(List<String> channels) {
    if (channels.isEmpty()) {
      return "Nudges are not on in any channel. Switch one on with `/ally nudges on #channel`.";
    }
    return "Nudges are on in: "
        + String.join(", ", channels.stream().map(c -> "<#" + c + ">").toList())
        + ".";
  }

  static String whichChannel() {
    return "Which channel? Name it, like `/ally nudges on #general`.";
  }

  static String unknownRule(String id) {
    return "There's no rule `" + id + "`. `/ally nudges rules` lists them.";
  }

  static String ruleDisabled(String id) {
    return "Rule `"
        + id
        + "` is off in this workspace. `/ally nudges enable "
        + id
        + "` undoes it.";
  }

  static String ruleEnabled(String id) {
    return "Rule `" + id + "` is on again.";
  }

  static String ruleLine(LanguageRule rule, boolean disabled) {
    return "`"
        + rule.id()
        + "` ("
        + rule.category().word()
        + ", "
        + rule.level().word()
        + (disabled ? ", off" : "")
        + "): "
        + String.join(", ", rule.terms().subList(0, Math.min(4, rule.terms().size())))
        + (rule.terms().size() > 4 ? "…" : "");
  }

  static String rulesHeader(int count) {
    return count + " rules. Admins switch one off with `/ally nudges disable ID`.";
  }

  static String statsHeader(int weeks) {
    return "*Nudges, the last "
        + weeks
        + " weeks.* A rule or channel shows only when 5 or more people were nudged about it in the"
        + " week; nobody's name is ever kept.";
  }

  static String statsNone() {
    return "No week has a rule or channel with 5 or more people nudged yet, so there is nothing to"
        + " show.";
  }

  static String statsLine(String week, NudgeCount c) {
    String what =
        c.key().startsWith("channel:")
            ? "<#" + c.key().substring("channel:".length()) + ">"
            : "`" + c.key().substring("rule:".length()) + "`";
    String line = week + " " + what + ": " + c.nudges() + " nudges";
    if (c.key().startsWith("rule:")) {
      line += " (thanks " + c.thanks() + ", not helpful " + c.unhelpful() + ")";
    }
    return line;
  }

  static String unknown(String word) {
    return "I don't know `nudges " + word + "`.";
  }

  /** The nudges section of {@code /ally help}. */
  public static String helpSection(boolean admin) {
    String member =
        "*Nudges*\n`/ally nudges off` / `/ally nudges on`: private notes about words that may leave"
            + " people out, for you\n`/ally nudges rules`: what they notice";
    if (!admin) {
      return member;
    }
    return member
        + "\n`/ally nudges on|off #channel`, `/ally nudges list`: where nudges run (admins)"
        + "\n`/ally nudges disable|enable ID`, `/ally nudges stats`: rules and weekly counts"
        + " (groups of 5 or more; admins)";
  }

  static String help() {
    return "*Nudges*: a private note when you use a word that may leave people out. `/ally nudges"
        + " off` stops them for you, `/ally nudges rules` lists what they notice.";
  }
}
