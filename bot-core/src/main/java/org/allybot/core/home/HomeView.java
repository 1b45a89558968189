package org.allybot.core.home;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignAudience;
import org.allybot.core.campaign.OccurrencePlanner;
import org.allybot.core.member.Member;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.core.practice.PracticeStats;
import org.allybot.core.recognition.ThanksReceived;

/**
 * The member's home: their practice, their next delivery, their settings as buttons, and for admins
 * the campaigns with their controls. Slack shows it as the App Home tab.
 */
public final class HomeView {
  public static final String PAUSE_WEEK = "home.pause";
  public static final String RESUME = "home.resume";
  public static final String OPT_OUT = "home.optout";
  public static final String CHANGE_TIME = "home.time";
  public static final String CAMPAIGN_ACTION = "home.campaign";
  public static final String NEW_CAMPAIGN = "home.new-campaign";

  private final CoreContext core;
  private final CampaignAudience audience;

  public HomeView(CoreContext core) {
    this.core = core;
    this.audience = new CampaignAudience(core);
  }

  public Message render(Member member, boolean admin) {
    UserRef user = member.user();
    PracticeStats s = core.practice().stats(user, core.today());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header("Your allyship practice"));
    String senses =
        s.senses().isEmpty()
            ? "none yet"
            : s.senses().keySet().stream().sorted().collect(Collectors.joining(", "));
    blocks.add(
        new Block.Text(
            "Polls answered: "
                + s.pollsAnswered()
                + " · Lessons read: "
                + s.lessonsRead()
                + " · Tried: "
                + s.commitmentsTried()
                + "\nStreak: "
                + s.streakWeeks()
                + " week(s) · Senses practised: "
                + senses));
    blocks.add(
        new Block.Text("*Next delivery:* " + nextDelivery(member).orElse("nothing scheduled")));
    blocks.add(new ThanksReceived(core).block(user));
    blocks.add(new Block.Divider());
    blocks.add(new Block.Text("*Your settings*\n" + settings(member)));
    List<Button> controls = new ArrayList<>();
    controls.add(Button.of("Change time", CHANGE_TIME, "time"));
    if (!member.optedIn() || member.pausedUntil() != null && member.isPausedOn(core.today())) {
      controls.add(new Button("Resume", RESUME, "resume", Button.Style.PRIMARY));
    } else {
      controls.add(Button.of("Pause 1 week", PAUSE_WEEK, "1w"));
      controls.add(new Button("Opt out", OPT_OUT, "optout", Button.Style.DANGER));
    }
    blocks.add(new Block.Buttons(controls));
    if (admin) {
      blocks.add(new Block.Divider());
      blocks.add(new Block.Header("Campaigns"));
      for (Campaign c : core.campaigns().all(user.workspace())) {
        blocks.add(
            new Block.Text(
                "*"
                    + c.name()
                    + "*: "
                    + (c.paused() ? "paused" : "running")
                    + (c.mandatory() ? " · mandatory" : " · optional")));
        blocks.add(
            new Block.Buttons(
                List.of(
                    c.paused()
                        ? Button.of("Resume", CAMPAIGN_ACTION, "resume|" + c.id())
                        : Button.of("Pause", CAMPAIGN_ACTION, "pause|" + c.id()),
                    Button.of("Send next now", CAMPAIGN_ACTION, "run|" + c.id()))));
      }
      blocks.add(
          new Block.Buttons(
              List.of(new Button("New campaign", NEW_CAMPAIGN, "new", Button.Style.PRIMARY))));
    }
    return new Message("Your allyship practice", blocks);
  }

  private String settings(Member m) {
    String zone =
        m.timeZone().isBlank() ? core.config().defaultZone().getId() + " (default)" : m.timeZone();
    String time = m.deliveryTime() == null ? "campaign time" : m.deliveryTime().toString();
    String state =
        !m.optedIn()
            ? "opted out"
            : m.isPausedOn(core.today()) ? "paused until " + m.pausedUntil() : "active";
    return "Delivery time: " + time + " · Time zone: " + zone + " · " + state;
  }

  /** The earliest next lesson or poll across the campaigns the member takes part in. */
  private Optional<String> nextDelivery(Member m) {
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
        .map(i ->
            DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH).withZone(zone).format(i)
                + " ("
                + zone.getId()
                + ")");
  }

  private ZoneId zoneOf(Member m) {
    try {
      return m.timeZone().isBlank() ? core.config().defaultZone() : ZoneId.of(m.timeZone());
    } catch (java.time.DateTimeException e) {
      return core.config().defaultZone();
    }
  }
}
