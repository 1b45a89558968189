package org.allybot.core.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.allybot.content.Scenario;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.audit.AuditTrail;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignAudience;
import org.allybot.core.command.Args;
import org.allybot.core.command.Mentions;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.orgdetails.OrgDetailsCommand;
import org.allybot.core.practice.GroupFigures;
import org.allybot.core.practice.WeeklyLog;
import org.allybot.core.practice.Weeks;

/** {@code /ally admin ...}: stats with a minimum group size, the admin roster, the audit trail. */
public final class AdminCommands {
  static final String USAGE =
      "/ally admin stats|audit|parked|list|add @user|remove @user|purge|set KEY [VALUE]";

  private final CoreContext core;
  private final CampaignAudience audience;
  private final WorkspacePurge purge;
  private final OrgDetailsCommand org;

  public AdminCommands(CoreContext core, CampaignAudience audience, WorkspacePurge purge) {
    this.core = core;
    this.audience = audience;
    this.purge = purge;
    this.org = new OrgDetailsCommand(core.orgDetails(), core.audit(), core.clock());
  }

  public Reply handle(UserRef admin, Args args) {
    return switch (args.word(1)) {
      case "stats" -> stats(admin);
      case "audit" -> audit(admin);
      case "list" -> list(admin);
      case "parked" -> parked(admin);
      case "add", "remove" -> change(admin, args.word(1), args.word(2));
      case "purge" -> purge.ask(admin, args);
      case "set" -> org.set(admin, args);
      case "" -> throw new UsageException("Which admin command?", USAGE);
      default -> throw new UsageException("I don't know `admin " + args.word(1) + "`.", USAGE);
    };
  }

  /** The purge confirmation button was pressed. */
  public Reply confirmPurge(UserRef admin, String value) {
    return purge.confirm(admin, value);
  }

  private Reply stats(UserRef admin) {
    List<Campaign> campaigns = core.campaigns().all(admin.workspace());
    if (campaigns.isEmpty()) {
      return Reply.text("No campaigns yet, so no stats.");
    }
    String week = Weeks.of(core.today());
    List<String> lines = new ArrayList<>();
    for (Campaign c : campaigns) {
      long enrolled;
      try {
        enrolled = audience.enrolled(c).size();
      } catch (DeliveryException e) {
        enrolled = 0;
      }
      WeeklyLog.Week w = core.weeks().read(c.workspace(), c.id(), week);
      lines.add(
          "*"
              + c.name()
              + "*: taking part "
              + GroupFigures.count(enrolled)
              + " · practised this week "
              + GroupFigures.count(w.activeMembers())
              + " · opted out "
              + GroupFigures.count(core.enrolment().optOutCount(c.workspace(), c.id())));
      for (String scenarioId : w.polls()) {
        core.curriculum()
            .scenario(scenarioId)
            .ifPresent(s -> lines.add("  " + distribution(admin, s)));
      }
    }
    lines.add(
        "_Figures from fewer than "
            + GroupFigures.MIN_GROUP
            + " people are hidden to protect privacy._");
    return Reply.text(String.join("\n", lines));
  }

  private String distribution(UserRef admin, Scenario s) {
    Map<String, Long> counts = core.answers().distribution(admin, s.id() + "/" + Scenario.OPENING);
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    if (total < GroupFigures.MIN_GROUP) {
      return "Poll \"" + s.title() + "\": not enough responses";
    }
    return "Poll \""
        + s.title()
        + "\" ("
        + total
        + "): "
        + s.opening().options().stream()
            .map(o ->
                o.label() + " " + Math.round(100.0 * counts.getOrDefault(o.id(), 0L) / total) + "%")
            .collect(Collectors.joining(", "));
  }

  private Reply audit(UserRef admin) {
    List<AuditTrail.Entry> entries = core.audit().recent(admin.workspace(), 20);
    if (entries.isEmpty()) {
      return Reply.text("The audit trail is empty.");
    }
    return Reply.text(
        entries.stream()
            .map(e -> e.at() + " <@" + e.actorId() + "> " + e.action() + " " + e.detail())
            .collect(Collectors.joining("\n")));
  }

  private Reply parked(UserRef admin) {
    var parked = core.parked().list(admin.workspace());
    if (parked.isEmpty()) {
      return Reply.text("No parked or skipped deliveries.");
    }
    return Reply.text(
        parked.stream()
            .limit(30)
            .map(p ->
                p.at()
                    + " "
                    + p.kind().name().toLowerCase()
                    + " "
                    + p.cause().name().toLowerCase()
                    + ": "
                    + p.reason())
            .collect(Collectors.joining("\n")));
  }

  private Reply list(UserRef admin) {
    Set<String> stored = core.admins().list(admin.workspace());
    String configured =
        core.config().admins().isEmpty()
            ? "none"
            : core.config().admins().stream()
                .sorted()
                .map(id -> "<@" + id + ">")
                .collect(Collectors.joining(", "));
    String added =
        stored.isEmpty()
            ? "none"
            : stored.stream().sorted().map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
    return Reply.text(
        "Admins from configuration: "
            + configured
            + "\nAdmins added here: "
            + added
            + "\nWorkspace admins count too.");
  }

  private Reply change(UserRef admin, String verb, String who) {
    String userId =
        Mentions.user(who)
            .orElseThrow(() -> new UsageException("Whom? Mention them, like @alex.", USAGE));
    boolean changed =
        verb.equals("add")
            ? core.admins().add(admin.workspace(), userId)
            : core.admins().remove(admin.workspace(), userId);
    core.audit()
        .record(
            admin.workspace(),
            admin.userId(),
            "admin." + verb,
            "<@" + userId + ">",
            core.clock().instant());
    if (verb.equals("add")) {
      return Reply.text(
          changed
              ? "<@" + userId + "> is now an Allybot admin."
              : "<@" + userId + "> was already an admin.");
    }
    return Reply.text(
        changed
            ? "<@" + userId + "> is no longer an Allybot admin."
            : "<@"
                + userId
                + "> was not an added admin (configured admins are changed in ALLYBOT_ADMINS).");
  }
}
