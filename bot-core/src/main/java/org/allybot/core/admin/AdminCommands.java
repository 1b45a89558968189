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
import org.allybot.core.language.Messages;
import org.allybot.core.orgdetails.OrgDetailsCommand;
import org.allybot.core.practice.GroupFigures;
import org.allybot.core.practice.WeeklyLog;
import org.allybot.core.practice.Weeks;

/** {@code /ally admin ...}: stats with a minimum group size, the admin roster, the audit trail. */
public final class AdminCommands {
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
    Messages say = core.languageOf().messages(admin);
    return switch (args.word(1)) {
      case "stats" -> stats(say, admin);
      case "audit" -> audit(say, admin);
      case "list" -> list(say, admin);
      case "parked" -> parked(say, admin);
      case "add", "remove" -> change(say, admin, args.word(1), args.word(2));
      case "purge" -> purge.ask(say, admin, args);
      case "set" -> org.set(say, admin, args);
      case "" -> throw new UsageException(say.text("admin.which-command"), usage(say));
      default ->
          throw new UsageException(
              say.text("admin.unknown-verb", "verb", args.word(1)), usage(say));
    };
  }

  private static String usage(Messages say) {
    return say.text("admin.usage");
  }

  /** The purge confirmation button was pressed. */
  public Reply confirmPurge(UserRef admin, String value) {
    return purge.confirm(core.languageOf().messages(admin), admin, value);
  }

  private Reply stats(Messages say, UserRef admin) {
    List<Campaign> campaigns = core.campaigns().all(admin.workspace());
    if (campaigns.isEmpty()) {
      return Reply.text(say.text("admin.stats.none"));
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
          say.text(
              "admin.stats.campaign",
              "name",
              c.name(),
              "enrolled",
              count(say, enrolled),
              "active",
              count(say, w.activeMembers()),
              "optedOut",
              count(say, core.enrolment().optOutCount(c.workspace(), c.id()))));
      for (String scenarioId : w.polls()) {
        core.curriculum()
            .scenario(scenarioId, say.language().source().tag())
            .ifPresent(s -> lines.add("  " + distribution(say, admin, s.item())));
      }
    }
    lines.add(say.text("admin.stats.note", "min", GroupFigures.MIN_GROUP));
    return Reply.text(String.join("\n", lines));
  }

  /** A count, or "fewer than 5" so that small groups cannot be singled out. */
  private static String count(Messages say, long n) {
    return n >= GroupFigures.MIN_GROUP
        ? say.number(n)
        : say.text("admin.fewer", "min", GroupFigures.MIN_GROUP);
  }

  private String distribution(Messages say, UserRef admin, Scenario s) {
    Map<String, Long> counts = core.answers().distribution(admin, s.id() + "/" + Scenario.OPENING);
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    if (total < GroupFigures.MIN_GROUP) {
      return say.text("admin.stats.poll.few", "title", s.title());
    }
    String shares =
        s.opening().options().stream()
            .map(o ->
                say.text(
                    "admin.stats.share",
                    "label",
                    o.label(),
                    "percent",
                    Math.round(100.0 * counts.getOrDefault(o.id(), 0L) / total)))
            .collect(Collectors.joining(", "));
    return say.text("admin.stats.poll", "title", s.title(), "total", total, "shares", shares);
  }

  private Reply audit(Messages say, UserRef admin) {
    List<AuditTrail.Entry> entries = core.audit().recent(admin.workspace(), 20);
    if (entries.isEmpty()) {
      return Reply.text(say.text("admin.audit.empty"));
    }
    return Reply.text(
        entries.stream()
            .map(e -> e.at() + " <@" + e.actorId() + "> " + e.action() + " " + e.detail())
            .collect(Collectors.joining("\n")));
  }

  private Reply parked(Messages say, UserRef admin) {
    var parked = core.parked().list(admin.workspace());
    if (parked.isEmpty()) {
      return Reply.text(say.text("admin.parked.none"));
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

  private Reply list(Messages say, UserRef admin) {
    Set<String> stored = core.admins().list(admin.workspace());
    String none = say.text("admin.list.none");
    String configured =
        core.config().admins().isEmpty()
            ? none
            : core.config().admins().stream()
                .sorted()
                .map(id -> "<@" + id + ">")
                .collect(Collectors.joining(", "));
    String added =
        stored.isEmpty()
            ? none
            : stored.stream().sorted().map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
    return Reply.text(say.text("admin.list", "configured", configured, "added", added));
  }

  private Reply change(Messages say, UserRef admin, String verb, String who) {
    String userId =
        Mentions.user(who)
            .orElseThrow(() -> new UsageException(say.text("admin.whom"), usage(say)));
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
    return Reply.text(
        say.text(
            verb.equals("add") ? "admin.added" : "admin.removed",
            "changed",
            Boolean.toString(changed),
            "user",
            userId));
  }
}
