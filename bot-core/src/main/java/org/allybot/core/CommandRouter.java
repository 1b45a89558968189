package org.allybot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allybot.core.calendar.ProgrammeCalendar;
import org.allybot.core.command.Args;
import org.allybot.core.command.HelpText;
import org.allybot.core.command.UsageException;
import org.allybot.core.desk.DeskHelp;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.language.ContentLanguages;
import org.allybot.core.language.LocaleReports;
import org.allybot.core.language.Messages;
import org.allybot.core.member.LanguageCommands;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.nudge.NudgeCommands;
import org.allybot.core.practice.Track;
import org.allybot.core.recognition.RecognitionTexts;
import org.allybot.core.recognition.ThanksReceived;
import org.allybot.core.survey.SurveyCommands;

/** Routes {@code /ally ...} command text to the use case it names. */
final class CommandRouter {
  static final int MAX_COMMAND_LENGTH = 4000;

  private final Services s;

  CommandRouter(Services services) {
    this.s = services;
  }

  Reply command(CoreEvent.CommandInvoked c) {
    if (isReport(c.text())) {
      // Reporting leaves no member record behind: no profile, no name, no introduction.
      return route(c);
    }
    s.directory().touch(c.actor());
    new LocaleReports(s.core().languages(), u -> true).heard(c.actor());
    return withIntroduction(c.actor(), route(c));
  }

  private static boolean isReport(String text) {
    return text.strip().toLowerCase(Locale.ROOT).matches("(?s)report(\\s.*)?");
  }

  private Reply route(CoreEvent.CommandInvoked c) {
    if (c.text().length() > MAX_COMMAND_LENGTH) {
      throw new UsageException(
          say(c).text("error.too-long", "length", c.text().length(), "limit", MAX_COMMAND_LENGTH),
          "/ally help");
    }
    Args args = Args.parse(c.text());
    UserRef user = c.actor().user();
    String verb = args.word(0).toLowerCase(Locale.ROOT);
    return switch (verb) {
      case "", "help" -> Reply.of(help(say(c), s.directory().isAdmin(c.actor())));
      case "poll" ->
          s.polls()
              .nextPoll(user, Track.everything(), "")
              .map(Reply::of)
              .orElse(Reply.text(say(c).text("poll.none")));
      case "lesson" ->
          s.lessons()
              .nextLesson(user, Track.everything(), "")
              .map(Reply::of)
              .orElse(Reply.text(say(c).text("lesson.none")));
      case "stats" -> withThanksReceived(user, s.members().stats(user));
      case "optout", "opt-out" -> s.members().optOut(user);
      case "optin", "opt-in" -> s.members().optIn(user);
      case "pause" -> s.members().pause(user, args);
      case "time" -> s.members().time(user, args);
      case "forget-me", "forgetme" -> forgetMe(user);
      case "home" -> s.home(c.actor());
      case "survey", "surveys" -> s.measuring().inbox().pending(user);
      case "campaign" -> campaign(s.requireAdmin(c.actor()), args);
      case "admin" -> s.admin().handle(s.requireAdmin(c.actor()), args);
      case "dashboard" -> s.dashboard().link(c.actor());
      case "report" -> s.desk().report(c.actor(), c.text());
      case "desk" -> s.desk().desk(c.actor(), c.text());
      case "event", "events" ->
          s.calendar().command(user, s.directory().isAdmin(c.actor()) ? user : null, c.text());
      case "ask", "advise", "helpful", "followup", "follow-up", "resolve", "community" ->
          s.community().command(c.actor(), c.text());
      case "nudges", "nudge" ->
          s.nudges().commands().command(user, s.directory().isAdmin(c.actor()), args);
      case "thanks", "thank" -> s.recognition().command(c.actor(), afterVerb(c.text()));
      case "language" -> new LanguageCommands(s.core().languageOf()).member(user, args);
      case "channel" -> channel(c, args);
      case "content" ->
          new ContentLanguages(s.core().curriculum())
              .show(s.core().languageOf().messages(s.requireAdmin(c.actor())));
      default ->
          throw new UsageException(
              say(c).text("error.unknown-command", "verb", truncate(verb)), "/ally help");
    };
  }

  private Messages say(CoreEvent.CommandInvoked c) {
    return s.core().languageOf().messages(c.actor().user());
  }

  /** {@code channel language #ch es}: the one channel setting so far. */
  private Reply channel(CoreEvent.CommandInvoked c, Args args) {
    UserRef admin = s.requireAdmin(c.actor());
    if (!args.word(1).equalsIgnoreCase("language")) {
      throw new UsageException(
          say(c).text("error.unknown-command", "verb", "channel " + truncate(args.word(1))),
          say(c).text("channel-language.usage"));
    }
    return new LanguageCommands(s.core().languageOf()).channel(admin, args);
  }

  private static Message help(Messages say, boolean admin) {
    return HelpText.help(
        say,
        admin,
        List.of(
            DeskHelp.help(say, admin),
            ProgrammeCalendar.help(say, admin),
            new Block.Text(NudgeCommands.helpSection(say, admin)),
            new Block.Text(RecognitionTexts.help(say, admin))));
  }

  /** A member's stats end with the thanks they received, by sense. */
  private Reply withThanksReceived(UserRef user, Reply stats) {
    List<Message> messages = new ArrayList<>(stats.messages());
    if (!messages.isEmpty()) {
      Message first = messages.getFirst();
      List<Block> blocks = new ArrayList<>(first.blocks());
      blocks.add(
          blocks.isEmpty() ? 0 : blocks.size() - 1, new ThanksReceived(s.core()).block(user));
      messages.set(0, new Message(first.summary(), blocks));
    }
    return new Reply(messages, stats.replaceOriginal(), stats.form(), stats.fieldErrors());
  }

  /** Forget-me says first what it means for the member's reports to the desk, if they have any. */
  private Reply forgetMe(UserRef user) {
    int reports = s.desk().count(user);
    String warning =
        reports == 0 ? "" : DeskHelp.forgetWarning(s.core().languageOf().messages(user), reports);
    return s.members().forgetMe(user, warning);
  }

  /** Campaign commands; reports and survey sends live apart from the campaign package. */
  private Reply campaign(UserRef admin, Args args) {
    if (args.word(1).equalsIgnoreCase("report")) {
      return s.measuring().reports().report(admin, args.rest(2));
    }
    if (SurveyCommands.isRunSurveyNow(args)) {
      return s.measuring().commands().runNow(admin, args);
    }
    return s.campaigns().handle(admin, args);
  }

  /** Puts the two-line introduction before the first reply a member ever gets. */
  private Reply withIntroduction(Actor actor, Reply reply) {
    if (s.core().members().find(actor.user()).isEmpty()) {
      return reply;
    }
    Message intro = s.directory().introduceOnce(actor.user());
    if (intro == null) {
      return reply;
    }
    List<Message> messages = new ArrayList<>();
    messages.add(intro);
    messages.addAll(reply.messages());
    return new Reply(messages, reply.replaceOriginal(), reply.form(), reply.fieldErrors());
  }

  /** The command text after its first word, as typed (recognition keeps the words as written). */
  private static String afterVerb(String text) {
    String stripped = text.strip();
    int space = stripped.indexOf(' ');
    return space < 0 ? "" : stripped.substring(space + 1);
  }

  private static String truncate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
