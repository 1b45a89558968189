package org.allybot.core.desk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Actor;
import org.allybot.core.language.Messages;
import org.allybot.core.member.AdminRoster;
import org.allybot.core.member.MemberDirectory;

/**
 * Who may see a report. Rota members see every report that does not name them; a report that names
 * every rota member goes to the admins it does not name; everyone else sees nothing. It is asked
 * afresh each time, so a member taken off the rota loses access at once.
 */
final class DeskAccess {
  private final DeskStore store;
  private final DeskTags tags;
  private final MemberDirectory directory;
  private final AdminRoster admins;
  private final Set<String> configuredAdmins;

  DeskAccess(
      DeskStore store,
      DeskTags tags,
      MemberDirectory directory,
      AdminRoster admins,
      Set<String> configuredAdmins) {
    this.store = store;
    this.tags = tags;
    this.directory = directory;
    this.admins = admins;
    this.configuredAdmins = configuredAdmins;
  }

  DeskSetup setup(WorkspaceId ws, LocalDate today) {
    return store.setup(ws).orElse(DeskSetup.empty(today));
  }

  boolean onRota(UserRef user, LocalDate today) {
    return setup(user.workspace(), today).rota().contains(user.userId());
  }

  /** Throws unless the actor is on the rota or an admin (who covers reports nobody else may). */
  void requireDesk(Actor actor, LocalDate today, Messages say) {
    if (!onRota(actor.user(), today) && !directory.isAdmin(actor)) {
      throw new UsageException(say.text("desk.not-on-desk"), "/ally report");
    }
  }

  /** Rota members the report does not name. */
  List<String> eligibleRota(WorkspaceId ws, Report report, LocalDate today) {
    return setup(ws, today).rota().stream().filter(id -> !tags.names(ws, report, id)).toList();
  }

  /** Admins the report does not name: who covers it when no rota member may. */
  List<String> eligibleAdmins(WorkspaceId ws, Report report) {
    Set<String> all = new LinkedHashSet<>(configuredAdmins);
    all.addAll(admins.list(ws));
    return all.stream().filter(id -> !tags.names(ws, report, id)).toList();
  }

  boolean maySee(Actor actor, Report report, LocalDate today) {
    WorkspaceId ws = actor.user().workspace();
    String id = actor.user().userId();
    if (report.state() == ReportState.ESCROW || tags.names(ws, report, id)) {
      return false;
    }
    if (onRota(actor.user(), today)) {
      return true;
    }
    return directory.isAdmin(actor) && eligibleRota(ws, report, today).isEmpty();
  }

  /** Whose turn it is this week on a weekly rota; everyone's otherwise. */
  List<String> onDuty(WorkspaceId ws, Report report, LocalDate today) {
    DeskSetup setup = setup(ws, today);
    List<String> eligible = eligibleRota(ws, report, today);
    if (!setup.weekly() || eligible.isEmpty()) {
      return eligible;
    }
    long weeks = ChronoUnit.WEEKS.between(setup.rotaStart(), today);
    List<String> rota = setup.rota();
    for (int i = 0; i < rota.size(); i++) {
      String turn = rota.get((int) Math.floorMod(weeks + i, (long) rota.size()));
      if (eligible.contains(turn)) {
        return List.of(turn);
      }
    }
    return eligible;
  }
}
