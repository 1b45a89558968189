package org.allybot.core.calendar;

import java.util.Locale;
import java.util.Map;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.command.Args;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;

/**
 * The programme calendar's one entry: {@code /ally event …} commands, its buttons and its forms.
 * Admin rights are decided by the caller, which knows how the platform names admins.
 */
public final class ProgrammeCalendar {
  /** Every action and form id of the calendar starts with this. */
  public static final String PREFIX = "calendar.";

  private final EventCommands commands;
  private final EventAnswers answers;
  private final EventReflection reflection;
  private final LateJoiners joiners;
  private final EventComposer composer;

  public ProgrammeCalendar(CoreContext core, CalendarPorts ports) {
    this.composer = new EventComposer(core, ports);
    this.commands = new EventCommands(core, ports.store(), composer);
    this.answers = new EventAnswers(core, ports.store(), composer);
    this.reflection = new EventReflection(core, ports.store());
    this.joiners = new LateJoiners(core, ports.store());
  }

  /**
   * Someone joined a channel: invites them to the events to come whose audience it is; returns how
   * many.
   */
  public int memberJoined(UserRef user, String channelId) {
    return joiners.joined(user, channelId);
  }

  /** The help lines for {@code /ally help}, in {@code say}'s language. */
  public static Block.Text help(Messages say, boolean admin) {
    CalendarTexts t = new CalendarTexts(say);
    return new Block.Text(t.text("section") + "\n" + String.join("\n", t.help(admin)));
  }

  /** {@code text} is the whole command, {@code event …}; {@code admin} is null for members. */
  public Reply command(UserRef user, UserRef admin, String text) {
    Args args = Args.parse(text);
    String verb = args.word(1).toLowerCase(Locale.ROOT);
    String name = args.rest(2);
    CalendarTexts t = composer.texts(user);
    try {
      return switch (verb) {
        case "", "list" -> commands.list(user);
        case "show" -> commands.show(user, name, admin != null);
        case "ics" -> commands.ics(user, name);
        case "create" -> commands.create(required(t, admin), name, args.options());
        case "form" -> Reply.openForm(EventForm.form(texts(required(t, admin))));
        case "cancel" -> commands.cancel(required(t, admin), name);
        case "edit" -> commands.edit(required(t, admin), name, args.options());
        default ->
            throw new UsageException(
                t.error("unknown-subcommand", "word", verb), t.text("usage-all"));
      };
    } catch (InvalidEvent e) {
      throw new UsageException(
          e.message(t), verb.equals("create") ? t.text("usage") : t.text("usage-all"));
    }
  }

  /** A button of the calendar's. */
  public Reply choice(UserRef user, String action, String value) {
    return switch (action) {
      case EventMessages.RSVP -> answers.answer(user, value);
      case EventMessages.REFLECT -> reflection.open(user, value == null ? "" : value);
      case EventMessages.CHECK_IN -> reflection.checkIn(user, value);
      default -> Reply.text(composer.texts(user).text("inactive"));
    };
  }

  /** A calendar form: the new event (admins only) or a reflection. */
  public Reply form(UserRef user, UserRef admin, String formId, Map<String, String> values) {
    if (formId.equals(EventForm.ID)) {
      try {
        return commands.create(
            required(composer.texts(user), admin),
            values.getOrDefault("name", ""),
            EventForm.options(values));
      } catch (InvalidEvent e) {
        return Reply.formErrors(Map.of(e.field(), e.message(composer.texts(user))));
      }
    }
    if (formId.startsWith(EventMessages.REFLECT + "|")) {
      return reflection.submit(user, formId.substring(EventMessages.REFLECT.length() + 1), values);
    }
    return Reply.text(composer.texts(user).text("inactive"));
  }

  /** Whether a commitment on the lessons' check-in list was made after an event. */
  public static boolean isEventCommitment(String commitmentId) {
    return EventReflection.eventIdOf(commitmentId).isPresent();
  }

  private static UserRef required(CalendarTexts t, UserRef admin) {
    if (admin == null) {
      throw new UsageException(t.error("admins-only"), t.text("usage-all"));
    }
    return admin;
  }

  private CalendarTexts texts(UserRef user) {
    return composer.texts(user);
  }
}
