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
import org.allybot.core.language.Language;
import org.allybot.core.language.LanguageChoices;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;
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
  private final LanguageOf languages;

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
    this.languages = core.languageOf();
  }

  /** {@code report ...}: the reporter's side. */
  public Reply report(Actor actor, String raw) {
    String[] w = raw.strip().split("\\s+", 4);
    String sub = word(w, 1).toLowerCase(Locale.ROOT);
    Messages say = say(actor);
    UserRef me = actor.user();
    return switch (sub) {
      case "" -> pageLink.withOffer(actor, say, intake.open(say));
      case "status", "list" -> reporter.status(me, say);
      case "add", "reply", "answer" -> reporter.add(me, mine(me, say, w, "add"), word(w, 3), say);
      case "withdraw" -> reporter.withdraw(me, mine(me, say, w, "withdraw"), say);
      case "release", "keep" ->
          reporter.release(me, mine(me, say, w, "release"), sub.equals("release"), say);
      case "hr" -> {
        Report mine = mine(me, say, w, "reporter-hr");
        yield reporter.hrAnswer(me, mine, yes(say, word(w, 3), usage(say, "reporter-hr")), say);
      }
      default ->
          throw new UsageException(unknown(say, "report " + sub), say.text("desk.usage.report"));
    };
  }

  /** {@code desk ...}: the rota's and the admins' side. */
  public Reply desk(Actor actor, String raw) {
    String[] w = raw.strip().split("\\s+", 4);
    String sub = word(w, 1).toLowerCase(Locale.ROOT);
    Messages say = say(actor);
    return switch (sub) {
      case "", "list" -> duty.list(actor, say);
      case "show" -> duty.show(actor, visible(actor, say, w, "show"), say);
      case "pick" -> duty.pick(actor, visible(actor, say, w, "pick"), say);
      case "note" -> duty.note(actor, visible(actor, say, w, "note"), word(w, 3), say);
      case "ask" -> duty.ask(actor, visible(actor, say, w, "ask"), word(w, 3), say);
      case "close" -> duty.close(actor, visible(actor, say, w, "close"), word(w, 3), say);
      case "hr" ->
          word(w, 2).matches("#?\\d+")
              ? duty.toHr(actor, visible(actor, say, w, "hr"), say)
              : rota.hr(requireAdmin(actor, say), Args.parse(raw), say);
      case "rota" -> rota.rota(requireAdmin(actor, say), Args.parse(raw), say);
      case "setup", "settings" -> rota.show(requireAdmin(actor, say), say);
      case "stats" -> stats.show(requireAdmin(actor, say), say);
      default -> throw new UsageException(unknown(say, "desk " + sub), say.text("desk.usage.desk"));
    };
  }

  /** The report form came back (from chat or the web page). */
  public Reply form(Actor actor, String formId, Map<String, String> values) {
    if (formId.equals(DeskForm.ID)) {
      return intake.submit(actor, values, say(actor));
    }
    return Reply.text(say(actor).text("desk.form-gone"));
  }

  /** A reporter's button: release from escrow, or let HR have the report. */
  public Reply choice(Actor actor, String action, String value) {
    Messages say = say(actor);
    Optional<ReportChoice> choice = ReportChoice.parse(value);
    if (choice.isEmpty() || !(action.equals(RELEASE) || action.equals(HR))) {
      return Reply.text(say.text("desk.button-gone"));
    }
    UserRef me = actor.user();
    Report mine = reporter.mine(me, choice.get().number(), say.text("desk.usage.report"), say);
    return action.equals(RELEASE)
        ? reporter.release(me, mine, choice.get().yes(), say)
        : reporter.hrAnswer(me, mine, choice.get().yes(), say);
  }

  /** A reply to one of the desk's private messages: an answer or an addition to the report. */
  public Optional<Reply> message(CoreEvent.MessageReceived m) {
    if (!m.isDirect() || m.threadId().isEmpty()) {
      return Optional.empty();
    }
    UserRef user = m.actor().user();
    Messages say = say(m.actor());
    String usage = usage(say, "add");
    return store
        .linked(user.workspace(), m.threadId())
        .flatMap(n -> store.find(user.workspace(), n))
        .map(r -> reporter.add(user, reporter.mine(user, r.number(), usage, say), m.text(), say));
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

  /**
   * The actor's texts: their own choice or their platform's stored locale, else the locale this
   * very event carries (a reporter need not be a member, and reporting keeps no locale), else the
   * workspace default.
   */
  private Messages say(Actor actor) {
    LanguageChoices choices = languages.choices();
    return Messages.in(
        choices
            .chosen(actor.user())
            .or(() -> choices.reported(actor.user()))
            .or(() -> Language.ofPlatformLocale(actor.locale()))
            .orElse(languages.defaultLanguage()));
  }

  private Report mine(UserRef me, Messages say, String[] w, String command) {
    String usage = usage(say, command);
    return reporter.mine(me, number(say, w, usage), usage, say);
  }

  private Report visible(Actor actor, Messages say, String[] w, String command) {
    String usage = usage(say, command);
    return duty.visible(actor, number(say, w, usage), usage, say);
  }

  private WorkspaceId requireAdmin(Actor actor, Messages say) {
    if (!directory.isAdmin(actor)) {
      throw new UsageException(say.text("desk.admins-only"), say.text("desk.usage.desk"));
    }
    return actor.user().workspace();
  }

  private static String usage(Messages say, String command) {
    return say.text("desk.usage." + command);
  }

  private static int number(Messages say, String[] w, String usage) {
    String raw = word(w, 2);
    if (!raw.matches("#?\\d{1,9}")) {
      throw new UsageException(
          raw.isEmpty()
              ? say.text("desk.need-number")
              : say.text("desk.not-a-number", "raw", cut(raw)),
          usage);
    }
    return Integer.parseInt(raw.replace("#", ""));
  }

  private static boolean yes(Messages say, String raw, String usage) {
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "sí", "si" -> true;
      case "no", "n" -> false;
      default -> throw new UsageException(say.text("desk.yes-or-no"), usage);
    };
  }

  private static String unknown(Messages say, String what) {
    return say.text("desk.unknown", "what", cut(what));
  }

  /** A typed word as it is shown back: at most 40 characters. */
  static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static String word(String[] w, int i) {
    return i < w.length ? w[i] : "";
  }
}
