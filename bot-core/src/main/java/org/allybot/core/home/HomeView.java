package org.allybot.core.home;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignAudience;
import org.allybot.core.campaign.OccurrencePlanner;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.member.Member;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.core.practice.PracticeStats;
import org.allybot.core.recognition.ThanksReceived;

/**
 * The member's home: their practice, their next delivery, their settings as buttons, and for admins
 * the campaigns with their controls, in the member's language. Slack shows it as the App Home tab.
 */
public final class HomeView {
  public static final String PAUSE_WEEK = "home.pause";
  public static final String RESUME = "home.resume";
  public static final String OPT_OUT = "home.optout";
  public static final String CHANGE_TIME = "home.time";
  public static final String CAMPAIGN_ACTION = "home.campaign";
  public static final String NEW_CAMPAIGN = "home.new-campaign";

  /**
   * Slack's App Home holds 100 blocks: the member's part takes about ten, each campaign two. The
   * rest are named in one line in the admin's language rather than cut off by the platform.
   */
  static final int SHOWN_CAMPAIGNS = 40;

  private final CoreContext core;
  private final CampaignAudience audience;

  public HomeView(CoreContext core) {
    this.core = core;
    this.audience = new CampaignAudience(core);
  }

  /** The home in the member's language. */
  public Message render(Member member, boolean admin) {
    UserRef user = member.user();
    Messages say = core.languageOf().messages(user);
    PracticeStats s = core.practice().stats(user, core.today());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(say.text("home.title")));
    String senses =
        s.senses().isEmpty()
            ? say.text("home.senses.none")
            : say.list(
                s.senses().keySet().stream().sorted().map(id -> SenseNames.ofId(say, id)).toList());
    blocks.add(
        new Block.Text(
            say.text(
                "home.figures",
                "polls",
                s.pollsAnswered(),
                "lessons",
                s.lessonsRead(),
                "tried",
                s.commitmentsTried(),
                "weeks",
                s.streakWeeks(),
                "senses",
                senses)));
    String next = nextDelivery(say, member).orElse(say.text("home.next.none"));
    blocks.add(new Block.Text(say.text("home.next", "next", next)));
    blocks.add(new ThanksReceived(core).block(user));
    blocks.add(new Block.Divider());
    blocks.add(new Block.Text(say.text("home.settings.title") + "\n" + settings(say, member)));
    List<Button> controls = new ArrayList<>();
    controls.add(Button.of(say.text("home.button.time"), CHANGE_TIME, "time"));
    if (!member.optedIn() || member.pausedUntil() != null && member.isPausedOn(core.today())) {
      controls.add(
          new Button(say.text("home.button.resume"), RESUME, "resume", Button.Style.PRIMARY));
    } else {
      controls.add(Button.of(say.text("home.button.pause"), PAUSE_WEEK, "1w"));
      controls.add(
          new Button(say.text("home.button.optout"), OPT_OUT, "optout", Button.Style.DANGER));
    }
    blocks.add(new Block.Buttons(controls));
    if (admin) {
      campaigns(say, user, blocks);
    }
    return new Message(say.text("home.title"), blocks);
  }

  private void campaigns(Messages say, UserRef user, List<Block> blocks) {
    blocks.add(new Block.Divider());
    blocks.add(new Block.Header(say.text("home.campaigns")));
    List<Campaign> all = core.campaigns().all(user.workspace());
    for (Campaign c : all.subList(0, Math.min(all.size(), SHOWN_CAMPAIGNS))) {
      blocks.add(
          new Block.Text(
              say.text(
                  "home.campaign",
                  "name",
                  c.name(),
                  "paused",
                  Boolean.toString(c.paused()),
                  "mandatory",
                  Boolean.toString(c.mandatory()))));
      blocks.add(
          new Block.Buttons(
              List.of(
                  c.paused()
                      ? Button.of(
                          say.text("home.campaign.resume"), CAMPAIGN_ACTION, "resume|" + c.id())
                      : Button.of(
                          say.text("home.campaign.pause"), CAMPAIGN_ACTION, "pause|" + c.id()),
                  Button.of(say.text("home.campaign.run"), CAMPAIGN_ACTION, "run|" + c.id()))));
    }
    if (all.size() > SHOWN_CAMPAIGNS) {
      blocks.add(
          new Block.Text(say.text("home.campaigns.more", "count", all.size() - SHOWN_CAMPAIGNS)));
    }
    blocks.add(
        new Block.Buttons(
            List.of(
                new Button(
                    say.text("home.campaign.new"), NEW_CAMPAIGN, "new", Button.Style.PRIMARY))));
  }

  private String settings(Messages say, Member m) {
    String zone =
        m.timeZone().isBlank()
            ? say.text("home.settings.default-zone", "zone", core.config().defaultZone().getId())
            : m.timeZone();
    String time =
        m.deliveryTime() == null
            ? say.text("home.settings.campaign-time")
            : say.time(m.deliveryTime());
    String state = !m.optedIn() ? "out" : m.isPausedOn(core.today()) ? "paused" : "active";
    String until = m.pausedUntil() == null ? "" : say.date(m.pausedUntil());
    return say.text("home.settings", "time", time, "zone", zone, "state", state, "until", until);
  }

  /** The earliest next lesson or poll across the campaigns the member takes part in. */
  private Optional<String> nextDelivery(Messages say, Member m) {
    if (!m.optedIn()) {
      return Optional.empty();
    }
    ZoneId zone = zoneOf(m);
    Instant now = core.clock().instant();
    OccurrencePlanner planner = new OccurrencePlanner();
    Instant best = null;
    for (Campaign c : core.campaigns().all(m.user().workspace())) {
      if (c.paused() || !audience.isEnrolled(c, m.user())) {
        continue;
      }
      for (var cadence : List.of(c.polls(), c.lessons())) {
        if (!cadence.isEmpty()) {
          Instant next =
              planner.next(
                  cadence.days(),
                  m.deliveryTime() != null ? m.deliveryTime() : cadence.time(),
                  zone,
                  now);
          best = best == null || next.isBefore(best) ? next : best;
        }
      }
    }
    return Optional.ofNullable(best)
        .map(i -> i.atZone(zone))
        .map(at ->
            say.text(
                "home.next.when",
                "day",
                DateTimeFormatter.ofPattern("EEE d MMM", say.language().locale()).format(at),
                "time",
                say.time(at.toLocalTime()),
                "zone",
                zone.getId()));
  }

  private ZoneId zoneOf(Member m) {
    try {
      return m.timeZone().isBlank() ? core.config().defaultZone() : ZoneId.of(m.timeZone());
    } catch (java.time.DateTimeException e) {
      return core.config().defaultZone();
    }
  }
}
