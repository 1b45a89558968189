package org.allybot.core.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.Args;
import org.allybot.core.command.UsageException;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Reply;

/**
 * {@code /ally campaign ...}: create, list, show, pause, resume, edit, delete and run campaigns.
 */
public final class CampaignCommands {
  static final String USAGE = "/ally campaign create|list|show|pause|resume|edit|delete|run NAME";

  private final CoreContext core;
  private final CampaignAudience audience;
  private final ScheduleSync schedule;
  private final CampaignInvitations invitations;

  public CampaignCommands(CoreContext core, CampaignAudience audience, ScheduleSync schedule) {
    this.core = core;
    this.audience = audience;
    this.schedule = schedule;
    this.invitations = new CampaignInvitations(core, audience);
  }

  /** Joining and newcomers, for the buttons and events that are not commands. */
  public CampaignInvitations invitations() {
    return invitations;
  }

  public Reply handle(UserRef admin, Args args) {
    String verb = args.word(1);
    String name = args.rest(2);
    if (verb.equals("list")) {
      return list(admin.workspace());
    }
    if (verb.isEmpty()) {
      throw new UsageException("Which campaign command?", USAGE);
    }
    if (verb.equals("new")) {
      return Reply.openForm(CampaignForm.form());
    }
    if (name.isEmpty()) {
      throw new UsageException(
          "Please name the campaign.", verb.equals("create") ? CampaignOptions.USAGE : USAGE);
    }
    return switch (verb) {
      case "create" -> create(admin, name, args.options());
      case "show" -> show(find(admin.workspace(), name));
      case "pause" -> setPaused(admin, find(admin.workspace(), name), true);
      case "resume" -> setPaused(admin, find(admin.workspace(), name), false);
      case "edit" -> edit(admin, find(admin.workspace(), name), args.options());
      case "delete" -> delete(admin, find(admin.workspace(), name));
      case "run" -> run(admin, args);
      default -> throw new UsageException("I don't know `campaign " + verb + "`.", USAGE);
    };
  }

  private Campaign find(WorkspaceId ws, String name) {
    return core.campaigns()
        .find(ws, Campaign.idOf(name))
        .orElseThrow(() ->
            new UsageException(
                "There is no campaign called \"" + name + "\". `/ally campaign list` shows them.",
                USAGE));
  }

  Reply create(UserRef admin, String name, Map<String, String> options) {
    if (Campaign.idOf(name).isEmpty() || name.length() > 80) {
      throw new UsageException(
          "A campaign name needs letters or digits, at most 80 characters.", CampaignOptions.USAGE);
    }
    if (core.campaigns().find(admin.workspace(), Campaign.idOf(name)).isPresent()) {
      throw new UsageException(
          "A campaign called \""
              + name
              + "\" already exists. Change it with `/ally campaign edit "
              + name
              + " --option value`.",
          CampaignOptions.USAGE);
    }
    Campaign c =
        CampaignOptions.create(
            admin.workspace(), name, options, core.today(), core.config().defaultTime(), topics());
    core.campaigns().save(c);
    schedule.changed(c);
    audit(admin, "campaign.create", c.name());
    int invited = invitations.announce(c);
    String who =
        c.mandatory()
            ? "Welcome messages are on their way to "
            : "Invitations to join are on their way to ";
    return Reply.text(
        "Campaign *"
            + c.name()
            + "* created. "
            + CampaignText.summary(c, core.today())
            + "\n"
            + who
            + invited
            + " member(s).");
  }

  private Reply list(WorkspaceId ws) {
    List<Campaign> all = core.campaigns().all(ws);
    if (all.isEmpty()) {
      return Reply.text("No campaigns yet. Start one with `/ally campaign create Pilot`.");
    }
    return Reply.text(
        all.stream()
            .map(c -> "• " + CampaignText.summary(c, core.today()))
            .collect(Collectors.joining("\n")));
  }

  private Reply show(Campaign c) {
    long enrolled;
    try {
      enrolled = audience.enrolled(c).size();
    } catch (DeliveryException e) {
      enrolled = 0;
    }
    return Reply.text(
        CampaignText.details(
            c, core.today(), enrolled, core.enrolment().optOutCount(c.workspace(), c.id())));
  }

  private Reply setPaused(UserRef admin, Campaign c, boolean paused) {
    Campaign updated = c.withPaused(paused);
    core.campaigns().save(updated);
    schedule.changed(updated);
    audit(admin, paused ? "campaign.pause" : "campaign.resume", c.name());
    return Reply.text(
        "Campaign *"
            + c.name()
            + "* is "
            + (paused
                ? "paused. Resume it with `/ally campaign resume " + c.name() + "`."
                : "running again."));
  }

  private Reply edit(UserRef admin, Campaign c, Map<String, String> options) {
    if (options.isEmpty()) {
      throw new UsageException(
          "Say what to change, such as `/ally campaign edit " + c.name() + " --polls tue@10:00`.",
          CampaignOptions.USAGE);
    }
    Campaign updated = CampaignOptions.apply(c, options, topics());
    core.campaigns().save(updated);
    schedule.changed(updated);
    audit(admin, "campaign.edit", c.name() + " " + String.join(",", options.keySet()));
    return Reply.text(
        "Campaign *" + c.name() + "* updated. " + CampaignText.summary(updated, core.today()));
  }

  private Reply delete(UserRef admin, Campaign c) {
    core.campaigns().delete(c.workspace(), c.id());
    schedule.removed(c.workspace(), c.id());
    audit(admin, "campaign.delete", c.name());
    return Reply.text(
        "Campaign *" + c.name() + "* deleted. Members' own practice history is kept.");
  }

  /** {@code run NAME now}: sends the campaign's next item to everyone taking part, at once. */
  private Reply run(UserRef admin, Args args) {
    List<String> words = args.words();
    if (words.size() < 4 || !words.getLast().equalsIgnoreCase("now")) {
      throw new UsageException(
          "To send at once, say `/ally campaign run NAME now`.", "/ally campaign run NAME now");
    }
    Campaign c = find(admin.workspace(), String.join(" ", words.subList(2, words.size() - 1)));
    Delivery.Kind kind = nextKind(c, core.today());
    List<UserRef> people;
    try {
      people = audience.enrolled(c);
    } catch (DeliveryException e) {
      throw new UsageException("I couldn't list the audience: " + e.getMessage() + ".", USAGE);
    }
    String stamp = Long.toString(core.clock().millis());
    core.outbox()
        .enqueueAll(
            people.stream()
                .map(u ->
                    Delivery.toMember(
                        c.id() + "|run|" + stamp + "|" + u.userId(),
                        c.workspace(),
                        u.userId(),
                        kind,
                        Map.of("campaign", c.id())))
                .toList());
    audit(admin, "campaign.run", c.name() + " " + kind.name().toLowerCase());
    if (people.isEmpty()) {
      return Reply.text(
          "Nobody is taking part in *"
              + c.name()
              + "* yet"
              + (c.mandatory() ? "." : ": people join from their invitation."));
    }
    return Reply.text(
        "Sending a "
            + kind.name().toLowerCase()
            + " from *"
            + c.name()
            + "* to "
            + people.size()
            + " member(s) now.");
  }

  /** Whichever of polls and lessons the cadence brings next, counting from today. */
  static Delivery.Kind nextKind(Campaign c, LocalDate today) {
    int poll = daysUntil(c.polls(), today);
    int lesson = daysUntil(c.lessons(), today);
    return lesson < poll ? Delivery.Kind.LESSON : Delivery.Kind.POLL;
  }

  private static int daysUntil(Cadence cadence, LocalDate today) {
    for (int i = 0; i < 7; i++) {
      DayOfWeek d = today.plusDays(i).getDayOfWeek();
      if (cadence.days().contains(d)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private java.util.Set<String> topics() {
    return core.curriculum().topics().stream().map(t -> t.id()).collect(Collectors.toSet());
  }

  private void audit(UserRef admin, String action, String detail) {
    core.audit().record(admin.workspace(), admin.userId(), action, detail, core.clock().instant());
  }

  /** The "new campaign" form was submitted. */
  public Reply submitForm(UserRef admin, Map<String, String> values) {
    String name = values.getOrDefault("name", "").strip();
    Campaign base =
        CampaignOptions.create(
            admin.workspace(),
            name.isEmpty() ? "x" : name,
            Map.of(),
            core.today(),
            core.config().defaultTime(),
            topics());
    Map<String, String> errors = CampaignForm.errors(admin.workspace(), values, base, topics());
    if (errors.isEmpty()
        && core.campaigns().find(admin.workspace(), Campaign.idOf(name)).isPresent()) {
      errors.put("name", "A campaign called \"" + name + "\" already exists.");
    }
    if (!errors.isEmpty()) {
      return Reply.formErrors(errors);
    }
    return create(admin, name, CampaignForm.options(values));
  }
}
