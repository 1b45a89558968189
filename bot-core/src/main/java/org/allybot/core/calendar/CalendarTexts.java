package org.allybot.core.calendar;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.allybot.core.campaign.Audience;
import org.allybot.core.language.Messages;

/**
 * The programme calendar's texts in one language, each a key of the {@code calendar} bundle family
 * ({@code allybot/messages/calendar_*.properties}); the methods only name the key and its
 * arguments.
 */
final class CalendarTexts {
  // What an edit changed: option names, which the bundles turn into words.
  static final String TIME = "time";
  static final String LENGTH = "length";
  static final String PLACE = "place";
  static final String PLACES = "places";
  static final String FACILITATOR = "facilitator";
  static final String KIND = "kind";
  static final String NAME = "name";
  static final String AUDIENCE = "audience";

  private final Messages say;

  CalendarTexts(Messages say) {
    this.say = say;
  }

  static CalendarTexts english() {
    return new CalendarTexts(Messages.english());
  }

  private String t(String key, Object... args) {
    return say.text("calendar." + key, args);
  }

  /** The language these texts are in, as a form carries it. */
  String languageTag() {
    return say.language().tag();
  }

  /** A text without arguments: {@code calendar.<key>}, such as {@code button.going}. */
  String text(String key) {
    return t(key);
  }

  List<String> help(boolean admin) {
    List<String> lines = List.of(t("help.list"), t("help.show"));
    if (!admin) {
      return lines;
    }
    return List.of(
        lines.get(0),
        lines.get(1),
        t("help.create", "usage", t("usage")),
        t("help.edit"),
        t("help.cancel"));
  }

  /** A moment in a zone: "Thu 10 Dec 2026, 15:00 (Europe/Berlin)", in the language's words. */
  String when(ZonedDateTime at) {
    DateTimeFormatter f =
        DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", say.language().locale());
    return t("when", "at", f.format(at), "zone", at.getZone().getId());
  }

  String length(Duration d) {
    long minutes = d.toMinutes();
    if (minutes % 60 == 0) {
      return t("length.hours", "hours", minutes / 60);
    }
    return minutes > 60
        ? t("length.mixed", "hours", minutes / 60, "minutes", minutes % 60)
        : t("length.minutes", "minutes", minutes);
  }

  String kind(EventKind kind) {
    return t("kind", "kind", kind.word());
  }

  String kindWithArticle(EventKind kind) {
    return t("kind.with-article", "kind", kind.word());
  }

  /** The new-event form's label for a field. */
  String label(String field) {
    return t("form." + field);
  }

  /** An error: {@code calendar.error.<what>} with its arguments. */
  String error(String what, Object... args) {
    return t("error." + what, args);
  }

  String alreadyCancelled(String name) {
    return t("already-cancelled", "name", name);
  }

  String created(String name, String when, String zoneNote, int invited) {
    return t("created", "name", name, "when", when, "zoneNote", zoneNote, "invited", invited);
  }

  String zoneGiven(String zone) {
    return t("zone.given", "zone", zone);
  }

  String zoneOfMember(String zone) {
    return t("zone.member", "zone", zone);
  }

  String zoneOfWorkspace(String zone) {
    return t("zone.workspace", "zone", zone);
  }

  String cancelled(String name, int told) {
    return t("cancelled", "name", name, "told", told);
  }

  String edited(String name, List<String> changes, int told) {
    return t("edited", "name", name, "changes", String.join("; ", changes), "told", told);
  }

  String audienceChanged(int invited, int removed) {
    return (invited == 0 ? "" : " " + t("audience.invited", "invited", invited))
        + (removed == 0 ? "" : " " + t("audience.removed", "removed", removed));
  }

  String audience(Audience audience) {
    return switch (audience) {
      case Audience.Everyone all -> t("audience.everyone");
      case Audience.Channel ch -> "<#" + ch.channelId() + ">";
      // a count, not names: the change notice goes to everyone who answered
      case Audience.Users u -> people(u.userIds().size());
    };
  }

  String people(int count) {
    return t("audience.people", "count", count);
  }

  String change(String what, String before, String after) {
    return t("change", "what", t("change.what", "what", what), "before", before, "after", after);
  }

  /** The calendar file shown in a chat reply, as a code block. */
  static String icsBlock(String ics) {
    return "```\n" + ics.replace("\r\n", "\n") + "```";
  }

  String listLine(String name, EventKind kind, String when, String counts, boolean cancelled) {
    return t(
        "list-line",
        "name",
        name,
        "kind",
        kind(kind),
        "when",
        when,
        "counts",
        counts,
        "cancelled",
        cancelled ? "yes" : "no");
  }

  String invitationSummary(EventKind kind, String name) {
    return t("invitation.summary", "kind", kindWithArticle(kind), "name", name);
  }

  String invitation(EventKind kind, String name, String when, String length) {
    return t(
        "invitation", "kind", kindWithArticle(kind), "name", name, "when", when, "length", length);
  }

  String where(String where) {
    return t("where", "where", where);
  }

  String facilitatedBy(String facilitator) {
    return t("facilitated-by", "id", facilitator);
  }

  String places(int capacity) {
    return t("places", "capacity", capacity);
  }

  String addToCalendar(String link) {
    return t("add-to-calendar", "link", link);
  }

  String yourAnswer(Rsvp rsvp, int waitPosition) {
    return t("answer." + rsvp.word(), "place", waitPosition);
  }

  String promoted(String name, String when) {
    return t("promoted", "name", name, "when", when);
  }

  String reminder(String name, String when, boolean tomorrow) {
    return t("reminder", "name", name, "when", when, "tomorrow", tomorrow ? "yes" : "no");
  }

  String reminderSummary(String name, boolean tomorrow) {
    return t("reminder.summary", "name", name, "tomorrow", tomorrow ? "yes" : "no");
  }

  String reflectPrompt(String name) {
    return t("reflect.prompt", "name", name);
  }

  String reflected(String text, String day) {
    return t("reflected", "text", text, "day", day);
  }

  String reflectionTooLong(int max) {
    return t("reflection-too-long", "max", max);
  }

  String checkIn(String name, String text) {
    return t("checkin", "name", name, "text", text);
  }

  String checkInAnswer(String answer) {
    return switch (answer) {
      case "tried" -> t("checkin.answer.tried");
      case "not-yet" -> t("checkin.answer.not-yet");
      default -> t("checkin.answer.skip");
    };
  }

  String attendance(String name, List<String> going, List<String> maybe) {
    return t("attendance", "name", name, "going", people(going), "maybe", people(maybe));
  }

  String whoAnswered(List<String> going, List<String> maybe, List<String> waiting) {
    String answered = t("who-answered", "going", people(going), "maybe", people(maybe));
    return waiting.isEmpty()
        ? answered
        : answered + " " + t("who-answered.waitlist", "waiting", people(waiting));
  }

  String cancelledNotice(String name, String when) {
    return t("cancelled-notice", "name", name, "when", when);
  }

  String changedNotice(String name, List<String> changes) {
    return t("changed-notice", "name", name, "changes", String.join("; ", changes));
  }

  String removedNotice(String name, String when) {
    return t("removed-notice", "name", name, "when", when);
  }

  String answers(int going, int capacity, int maybe, int cant, int waiting) {
    return t(
        "answers",
        "going",
        going,
        "capacity",
        capacity,
        "maybe",
        maybe,
        "cant",
        cant,
        "waiting",
        waiting);
  }

  String icsDescription(CalendarEvent e, String link) {
    return t("ics.description", "kind", kind(e.kind()), "linked", link.isBlank() ? "no" : "yes");
  }

  private String people(List<String> ids) {
    return ids.isEmpty()
        ? t("nobody")
        : String.join(", ", ids.stream().map(id -> "<@" + id + ">").toList());
  }
}
