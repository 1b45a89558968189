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
import org.allybot.core.language.Messages;

/**
 * {@code /ally campaign ...}: create, list, show, pause, resume, edit, delete and run campaigns.
 */
public final class CampaignCommands {
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
    Messages say = say(admin);
    String verb = args.word(1);
    String name = args.rest(2);
    if (verb.equals("list")) {
      return list(say, admin.workspace());
    }
    if (verb.isEmpty()) {
      throw new UsageException(say.text("campaign.which-command"), usage(say));
    }
    if (verb.equals("new")) {
      return Reply.openForm(CampaignForm.form(say));
    }
    if (name.isEmpty()) {
      throw new UsageException(
          say.text("campaign.name-it"),
          verb.equals("create") ? say.text("campaign.option.usage") : usage(say));
    }
    return switch (verb) {
      case "create" -> create(admin, name, args.options());
      case "show" -> show(say, find(say, admin.workspace(), name));
      case "pause" -> setPaused(admin, find(say, admin.workspace(), name), true);
      case "resume" -> setPaused(admin, find(say, admin.workspace(), name), false);
      case "edit" -> edit(admin, find(say, admin.workspace(), name), args.options());
      case "delete" -> delete(admin, find(say, admin.workspace(), name));
      case "run" -> run(admin, args);
      default ->
          throw new UsageException(say.text("campaign.unknown-verb", "verb", verb), usage(say));
    };
  }

  private Messages say(UserRef admin) {
    return core.languageOf().messages(admin);
  }

  private static String usage(Messages say) {
    return say.text("campaign.usage");
  }

  private Campaign find(Messages say, WorkspaceId ws, String name) {
    return core.campaigns()
        .find(ws, Campaign.idOf(name))
        .orElseThrow(
            () -> new UsageException(say.text("campaign.unknown", "name", name), usage(say)));
  }

  Reply create(UserRef admin, String name, Map<String, String> options) {
    Messages say = say(admin);
    if (Campaign.idOf(name).isEmpty() || name.length() > 80) {
      throw CampaignOptions.wrong(say, "campaign.bad-name");
    }
    if (core.campaigns().find(admin.workspace(), Campaign.idOf(name)).isPresent()) {
      throw CampaignOptions.wrong(say, "campaign.exists", "name", name);
    }
    Campaign c =
        CampaignOptions.create(
            say,
            admin.workspace(),
            name,
            options,
            core.today(),
            core.config().defaultTime(),
            topics());
    core.campaigns().save(c);
    schedule.changed(c);
    audit(admin, "campaign.create", c.name());
    int invited = invitations.announce(say, c);
    return Reply.text(
        say.text(
            "campaign.created",
            "name",
            c.name(),
            "summary",
            new CampaignText(say).summary(c, core.today()),
            "mandatory",
            Boolean.toString(c.mandatory()),
            "count",
            invited));
  }

  private Reply list(Messages say, WorkspaceId ws) {
    List<Campaign> all = core.campaigns().all(ws);
    if (all.isEmpty()) {
      return Reply.text(say.text("campaign.none"));
    }
    CampaignText text = new CampaignText(say);
    return Reply.text(
        all.stream()
            .map(c -> "• " + text.summary(c, core.today()))
            .collect(Collectors.joining("\n")));
  }

  private Reply show(Messages say, Campaign c) {
    long enrolled;
    try {
      enrolled = audience.enrolled(c).size();
    } catch (DeliveryException e) {
      enrolled = 0;
    }
    return Reply.text(
        new CampaignText(say)
            .details(
                c, core.today(), enrolled, core.enrolment().optOutCount(c.workspace(), c.id())));
  }

  private Reply setPaused(UserRef admin, Campaign c, boolean paused) {
    Campaign updated = c.withPaused(paused);
    core.campaigns().save(updated);
    schedule.changed(updated);
    audit(admin, paused ? "campaign.pause" : "campaign.resume", c.name());
    return Reply.text(
        say(admin).text(paused ? "campaign.paused" : "campaign.resumed", "name", c.name()));
  }

  private Reply edit(UserRef admin, Campaign c, Map<String, String> options) {
    Messages say = say(admin);
    if (options.isEmpty()) {
      throw CampaignOptions.wrong(say, "campaign.edit.what", "name", c.name());
    }
    Campaign updated = CampaignOptions.apply(say, c, options, topics());
    core.campaigns().save(updated);
    schedule.changed(updated);
    audit(admin, "campaign.edit", c.name() + " " + String.join(",", options.keySet()));
    return Reply.text(
        say.text(
            "campaign.updated",
            "name",
            c.name(),
            "summary",
            new CampaignText(say).summary(updated, core.today())));
  }

  private Reply delete(UserRef admin, Campaign c) {
    core.campaigns().delete(c.workspace(), c.id());
    schedule.removed(c.workspace(), c.id());
    audit(admin, "campaign.delete", c.name());
    return Reply.text(say(admin).text("campaign.deleted", "name", c.name()));
  }

  /** {@code run NAME now}: sends the campaign's next item to everyone taking part, at once. */
  private Reply run(UserRef admin, Args args) {
    Messages say = say(admin);
    List<String> words = args.words();
    if (words.size() < 4 || !words.getLast().equalsIgnoreCase("now")) {
      throw new UsageException(say.text("campaign.run.how"), say.text("campaign.run.usage"));
    }
    Campaign c = find(say, admin.workspace(), String.join(" ", words.subList(2, words.size() - 1)));
    Delivery.Kind kind = nextKind(c, core.today());
    List<UserRef> people;
    try {
      people = audience.enrolled(c);
    } catch (DeliveryException e) {
      throw new UsageException(
          say.text("campaign.audience-failed", "reason", e.getMessage()), usage(say));
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
          say.text(
              "campaign.run.nobody",
              "name",
              c.name(),
              "mandatory",
              Boolean.toString(c.mandatory())));
    }
    return Reply.text(
        say.text(
            "campaign.run.sending",
            "kind",
            kind.name().toLowerCase(java.util.Locale.ROOT),
            "name",
            c.name(),
            "count",
            people.size()));
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
    Messages say = say(admin);
    String name = values.getOrDefault("name", "").strip();
    Campaign base =
        CampaignOptions.create(
            say,
            admin.workspace(),
            name.isEmpty() ? "x" : name,
            Map.of(),
            core.today(),
            core.config().defaultTime(),
            topics());
    Map<String, String> errors = CampaignForm.errors(say, values, base, topics());
    if (errors.isEmpty()
        && core.campaigns().find(admin.workspace(), Campaign.idOf(name)).isPresent()) {
      errors.put("name", say.text("campaign.form.exists", "name", name));
    }
    if (!errors.isEmpty()) {
      return Reply.formErrors(errors);
    }
    return create(admin, name, CampaignForm.options(values));
  }
}
