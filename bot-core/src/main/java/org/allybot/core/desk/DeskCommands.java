package org.allybot.core.desk;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.Args;
import org.allybot.core.command.UsageException;
import org.allybot.core.desk.web.ReportPageLink;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.member.MemberDirectory;

/**
 * The confidential report desk behind the one door: the reporter's {@code report} commands, form
 * and buttons, the rota's and admins' {@code desk} commands, and replies to the desk's private
 * messages.
 */
public final class DeskCommands {
  /** Every desk button action and form id starts with this. */
  public static final String PREFIX = "desk.";

  static final String RELEASE = PREFIX + "release";
  static final String HR = PREFIX + "hr";

  private final DeskStore store;
  private final MemberDirectory directory;
  private final ReportIntake intake;
  private final ReporterCommands reporter;
  private final DeskDuty duty;
  private final DeskRota rota;
  private final DeskStats stats;
  private final ReportPageLink pageLink;

  public DeskCommands(CoreContext core, MemberDirectory directory) {
    DeskPorts ports = core.desk();
    Clock clock = core.clock();
    this.store = ports.store();
    this.directory = directory;
    DeskTags tags = new DeskTags(ports.seal());
    DeskAccess access =
        new DeskAccess(store, tags, directory, core.admins(), core.config().admins());
    DeskNotices notices = new DeskNotices(store, tags, access, new DeskMail(core));
    ReportLifecycle lifecycle = new ReportLifecycle(store, clock);
    HrHandoff hr = new HrHandoff(store, tags, access, notices, lifecycle);
    this.intake =
        new ReportIntake(store, tags, lifecycle, notices, new Escrow(store, tags, notices), clock);
    this.reporter = new ReporterCommands(store, tags, lifecycle, notices, hr, clock);
    this.duty = new DeskDuty(store, access, tags, lifecycle, notices, hr, clock);
    this.rota = new DeskRota(store, clock);
    this.stats = new DeskStats(store);
    this.pageLink = new ReportPageLink(core.links(), core.config().publicUrl());
  }

  /** {@code report ...}: the reporter's side. */
  public Reply report(Actor actor, String raw) {
    String[] w = raw.strip().split("\\s+", 4);
    String sub = word(w, 1).toLowerCase(Locale.ROOT);
    UserRef user = actor.user();
    return switch (sub) {
      case "" -> pageLink.withOffer(actor, intake.open());
      case "status", "list" -> reporter.status(user);
      case "add", "reply", "answer" ->
          reporter.add(
              user,
              reporter.mine(user, number(w, DeskTexts.ADD_USAGE), DeskTexts.ADD_USAGE),
              word(w, 3));
      case "withdraw" ->
          reporter.withdraw(
              user,
              reporter.mine(user, number(w, DeskTexts.WITHDRAW_USAGE), DeskTexts.WITHDRAW_USAGE));
      case "release", "keep" ->
          reporter.release(
              user,
              reporter.mine(user, number(w, DeskTexts.RELEASE_USAGE), DeskTexts.RELEASE_USAGE),
              sub.equals("release"));
      case "hr" -> {
        Report mine =
            reporter.mine(
                user, number(w, DeskTexts.REPORTER_HR_USAGE), DeskTexts.REPORTER_HR_USAGE);
        yield reporter.hrAnswer(user, mine, yes(word(w, 3), DeskTexts.REPORTER_HR_USAGE));
      }
      default ->
          throw new UsageException(DeskTexts.unknown("report " + sub), DeskTexts.REPORT_USAGE);
    };
  }

  /** {@code desk ...}: the rota's and the admins' side. */
  public Reply desk(Actor actor, String raw) {
    String[] w = raw.strip().split("\\s+", 4);
    String sub = word(w, 1).toLowerCase(Locale.ROOT);
    return switch (sub) {
      case "", "list" -> duty.list(actor);
      case "show" -> duty.show(actor, visible(actor, w, DeskTexts.SHOW_USAGE));
      case "pick" -> duty.pick(actor, visible(actor, w, DeskTexts.PICK_USAGE));
      case "note" -> duty.note(actor, visible(actor, w, DeskTexts.NOTE_USAGE), word(w, 3));
      case "ask" -> duty.ask(actor, visible(actor, w, DeskTexts.ASK_USAGE), word(w, 3));
      case "close" -> duty.close(actor, visible(actor, w, DeskTexts.CLOSE_USAGE), word(w, 3));
      case "hr" ->
          word(w, 2).matches("#?\\d+")
              ? duty.toHr(actor, visible(actor, w, DeskTexts.HR_USAGE))
              : rota.hr(requireAdmin(actor), Args.parse(raw));
      case "rota" -> rota.rota(requireAdmin(actor), Args.parse(raw));
      case "setup", "settings" -> rota.show(requireAdmin(actor));
      case "stats" -> stats.show(requireAdmin(actor));
      default -> throw new UsageException(DeskTexts.unknown("desk " + sub), DeskTexts.DESK_USAGE);
    };
  }

  /** The report form came back (from chat or the web page). */
  public Reply form(Actor actor, String formId, Map<String, String> values) {
    if (formId.equals(DeskForm.ID)) {
      return intake.submit(actor, values);
    }
    return Reply.text(DeskTexts.formGone());
  }

  /** A reporter's button: release from escrow, or let HR have the report. */
  public Reply choice(Actor actor, String action, String value) {
    Optional<ReportChoice> choice = ReportChoice.parse(value);
    if (choice.isEmpty() || !(action.equals(RELEASE) || action.equals(HR))) {
      return Reply.text(DeskTexts.buttonGone());
    }
    UserRef user = actor.user();
    Report mine = reporter.mine(user, choice.get().number(), DeskTexts.REPORT_USAGE);
    return action.equals(RELEASE)
        ? reporter.release(user, mine, choice.get().yes())
        : reporter.hrAnswer(user, mine, choice.get().yes());
  }

  /** A reply to one of the desk's private messages: an answer or an addition to the report. */
  public Optional<Reply> message(CoreEvent.MessageReceived m) {
    if (!m.isDirect() || m.threadId().isEmpty()) {
      return Optional.empty();
    }
    UserRef user = m.actor().user();
    return store
        .linked(user.workspace(), m.threadId())
        .flatMap(n -> store.find(user.workspace(), n))
        .map(r ->
            reporter.add(user, reporter.mine(user, r.number(), DeskTexts.ADD_USAGE), m.text()));
  }

  /** Deletes every report this member sent, with its entries and trail: forget-me. */
  public int forget(UserRef user) {
    int deleted = 0;
    for (Report mine : reporter.mine(user)) {
      store.delete(user.workspace(), mine.number());
      deleted++;
    }
    return deleted;
  }

  /** How many reports this member has, for forget-me to say what it deletes. */
  public int count(UserRef user) {
    return reporter.mine(user).size();
  }

  private Report visible(Actor actor, String[] w, String usage) {
    return duty.visible(actor, number(w, usage), usage);
  }

  private WorkspaceId requireAdmin(Actor actor) {
    if (!directory.isAdmin(actor)) {
      throw new UsageException(DeskTexts.adminsOnly(), DeskTexts.DESK_USAGE);
    }
    return actor.user().workspace();
  }

  private static int number(String[] w, String usage) {
    String raw = word(w, 2);
    if (!raw.matches("#?\\d{1,9}")) {
      throw new UsageException(DeskTexts.needNumber(raw), usage);
    }
    return Integer.parseInt(raw.replace("#", ""));
  }

  private static boolean yes(String raw, String usage) {
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "y" -> true;
      case "no", "n" -> false;
      default -> throw new UsageException(DeskTexts.yesOrNo(), usage);
    };
  }

  private static String word(String[] w, int i) {
    return i < w.length ? w[i] : "";
  }
}
