package org.allybot.core.calendar;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Every text the programme calendar shows, kept together for a later move into bundles. */
final class CalendarTexts {
  static final String USAGE =
      "/ally event create NAME --at 2026-12-10T15:00 [--tz Europe/Berlin] [--length 60m] [--where \"Room 4 / link\"] [--audience all|#channel|@user,@user] [--facilitator @user] [--capacity 20] [--campaign NAME] [--kind workshop|meetup|circle]";
  static final String USAGE_ALL = "/ally event list|show|ics|cancel NAME, /ally event edit NAME …";
  static final String FORM_TITLE = "New event";
  static final String FORM_SUBMIT = "Create";
  static final String GOING = "Going";
  static final String MAYBE = "Maybe";
  static final String CANT = "Can't";
  static final String REFLECT_BUTTON = "Write it down";
  static final String REFLECT_FORM_TITLE = "One thing you'll try";
  static final String REFLECT_FIELD = "After the event, one thing you'll try";
  static final String REFLECT_SUBMIT = "Save";
  static final String TRIED = "I tried it";
  static final String NOT_YET = "Not yet";
  static final String SKIP = "Skip";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  private CalendarTexts() {}

  static List<String> help(boolean admin) {
    List<String> lines =
        List.of(
            "`/ally event list`: workshops, meetups and listening circles coming up",
            "`/ally event show NAME`: one event and your answer; `/ally event ics NAME`: its calendar file");
    if (!admin) {
      return lines;
    }
    return java.util.stream.Stream.concat(
            lines.stream(),
            java.util.stream.Stream.of(
                "`" + USAGE + "`, or `/ally event form`",
                "`/ally event edit NAME --at …|--where …|--capacity …|--name …|--audience …`: change it (everyone who answered is told)",
                "`/ally event cancel NAME`: cancel it (everyone who answered is told)"))
        .toList();
  }

  static String when(ZonedDateTime at) {
    return WHEN.format(at) + " (" + at.getZone().getId() + ")";
  }

  static String length(Duration d) {
    long minutes = d.toMinutes();
    if (minutes % 60 == 0) {
      return minutes / 60 + (minutes == 60 ? " hour" : " hours");
    }
    return minutes > 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
  }

  // Errors: each says what to do next.
  static String nameMissing() {
    return "Give the event a name, such as `/ally event create \"Bystander workshop\" --at …`.";
  }

  static String nameTooLong(int length, int max) {
    return "That name is " + length + " characters; keep it to " + max + " or fewer.";
  }

  static String nameTaken(String name) {
    return "There is already an event called *"
        + name
        + "*. Pick another name, or `/ally event edit "
        + name
        + " …`.";
  }

  static String atMissing() {
    return "Say when it starts with `--at`, such as `--at 2026-12-10T15:00`.";
  }

  static String atUnreadable(String value) {
    return "I can't read `" + value + "` as a date and time; write it as `2026-12-10T15:00`.";
  }

  static String inThePast(String when) {
    return "That time, " + when + ", has already passed; pick a time in the future.";
  }

  static String notOnThatDay(String value, String zone) {
    return value
        + " does not exist in "
        + zone
        + " (the clocks skip it); pick a time an hour later.";
  }

  static String unknownZone(String value) {
    return "I don't know the time zone `"
        + value
        + "`; use an IANA name such as `Europe/Berlin` or `America/New_York`.";
  }

  static String badLength(String value) {
    return "`--length` takes minutes or hours between 5m and 12h, such as `60m` or `1h30m`; `"
        + value
        + "` is not one.";
  }

  static String badCapacity(String value) {
    return "`--capacity` takes a number of places from 1 to 10000 (leave it out for no limit); `"
        + value
        + "` is not one.";
  }

  static String badKind(String value) {
    return "`--kind` takes workshop, meetup or circle; `" + value + "` is none of those.";
  }

  static String badAudience(String value) {
    return "`--audience` takes all, a #channel, or @user,@user; `" + value + "` is none of those.";
  }

  static String unknownUser(String token) {
    return "I don't know "
        + token
        + ". Mention them so your chat app completes the name, or ask them to say hello to Allybot first.";
  }

  static String unknownChannel(String token) {
    return "I can't see the channel " + token + ". Invite me to it first, then try again.";
  }

  static String unknownCampaign(String name) {
    return "There is no campaign called `" + name + "`; `/ally campaign list` shows them.";
  }

  static String tooLong(String option, int max) {
    return "`--" + option + "` is too long; keep it to " + max + " characters.";
  }

  static String unknownEvent(String name) {
    return "There is no event called `" + name + "`; `/ally event list` shows them.";
  }

  static String alreadyCancelled(String name) {
    return "*" + name + "* was already cancelled.";
  }

  static String nothingToEdit() {
    return "Say what to change, such as `--at 2026-12-10T16:00` or `--where \"Room 5\"`.";
  }

  static String adminsOnly() {
    return "Only Allybot admins can create, change or cancel events. Ask an admin, or see `/ally event list`.";
  }

  static String unknownSubcommand(String word) {
    return "I don't know `event " + word + "`.";
  }

  static String unknownOption(String option) {
    return "I don't know the option `--" + option + "`.";
  }

  // Replies to the organiser.
  static String created(String name, String when, String zoneNote, int invited) {
    return "Created *"
        + name
        + "* on "
        + when
        + ". "
        + zoneNote
        + " Invitations are on their way to "
        + invited
        + (invited == 1 ? " person." : " people.");
  }

  static String zoneGiven(String zone) {
    return "Times are in " + zone + ", as you asked.";
  }

  static String zoneOfMember(String zone) {
    return "Times are in " + zone + ", your time zone; add `--tz` for another.";
  }

  static String zoneOfWorkspace(String zone) {
    return "Times are in "
        + zone
        + ", the workspace's default zone (I don't know yours yet); add `--tz` for another.";
  }

  static String cancelled(String name, int told) {
    return "Cancelled *"
        + name
        + "*. I'm telling the "
        + told
        + (told == 1 ? " person" : " people")
        + " who answered.";
  }

  static String edited(String name, List<String> changes, int told) {
    return "Updated *"
        + name
        + "*: "
        + String.join("; ", changes)
        + ". I'm telling the "
        + told
        + (told == 1 ? " person" : " people")
        + " who answered.";
  }

  static String noEvents() {
    return "No events coming up. Admins create one with `/ally event create NAME --at …`.";
  }

  static final String SECTION = "*Programme calendar*";
  static final String NONE = "(none)";
  static final String NO_LIMIT = "no limit";
  static final String TIME = "time";
  static final String LENGTH = "length";
  static final String PLACE = "place";
  static final String PLACES = "places";
  static final String FACILITATOR = "facilitator";
  static final String KIND = "kind";
  static final String NAME = "name";
  static final String AUDIENCE = "audience";

  static String audience(org.allybot.core.campaign.Audience audience) {
    return switch (audience) {
      case org.allybot.core.campaign.Audience.Everyone all -> "everyone";
      case org.allybot.core.campaign.Audience.Channel ch -> "<#" + ch.channelId() + ">";
      case org.allybot.core.campaign.Audience.Users u ->
          // a count, not names: the change notice goes to everyone who answered
          u.userIds().size() + (u.userIds().size() == 1 ? " named person" : " named people");
    };
  }

  static String removedNotice(String name, String when) {
    return "*"
        + name
        + "*, on "
        + when
        + ", is no longer open to you: its audience has changed. Sorry for the change; you don't need to do anything.";
  }

  static String audienceChanged(int invited, int removed) {
    return (invited == 0
            ? ""
            : " I'm inviting " + invited + (invited == 1 ? " new person." : " new people."))
        + (removed == 0
            ? ""
            : " I'm telling "
                + removed
                + (removed == 1 ? " person who" : " people who")
                + " answered and are no longer in the audience.");
  }

  static String nameHeld(String name) {
    return "There is already an event called *" + name + "*; pick another name.";
  }

  /** The calendar file shown in a chat reply, as a code block. */
  static String icsBlock(String ics) {
    return "```\n" + ics.replace("\r\n", "\n") + "```";
  }

  static String kind(EventKind kind) {
    return switch (kind) {
      case WORKSHOP -> "workshop";
      case MEETUP -> "meetup";
      case CIRCLE -> "listening circle";
    };
  }

  /** The new-event form's label for a field. */
  static String label(String field) {
    return switch (field) {
      case "name" -> "Name";
      case "kind" -> "Kind";
      case "at" -> "Starts at (2026-12-10T15:00)";
      case "tz" -> "Time zone (empty for yours), such as Europe/Berlin";
      case "length" -> "Length, such as 60m or 1h30m";
      case "where" -> "Where: a room or a link";
      case "audience" -> "Audience: all, a #channel, or @user,@user";
      case "facilitator" -> "Facilitator (@user, optional)";
      case "capacity" -> "Places (empty for no limit)";
      case "campaign" -> "Campaign (optional)";
      default -> field;
    };
  }

  static String listHeader() {
    return "Coming up";
  }

  // Messages to members.
  static String invitationSummary(String kind, String name) {
    return "You're invited to a " + kind + ": " + name;
  }

  static String invitation(String kind, String name, String when, String length) {
    return "You're invited to a " + kind + ", *" + name + "*, on " + when + " (" + length + ").";
  }

  static String where(String where) {
    return "*Where:* " + where;
  }

  static String facilitatedBy(String facilitator) {
    return "*Facilitator:* <@" + facilitator + ">";
  }

  static String places(int capacity) {
    return capacity + " places; when they are taken, \"Going\" puts you on the waitlist.";
  }

  static String addToCalendar(String link) {
    return "Add it to your calendar: " + link;
  }

  static String yourAnswer(Rsvp rsvp, int waitPosition) {
    return switch (rsvp) {
      case GOING -> "You're going. I'll remind you a day and an hour before.";
      case MAYBE -> "You said maybe. I'll remind you a day and an hour before.";
      case CANT ->
          "You can't make it; thanks for letting us know. You can change your answer here.";
      case WAITLIST ->
          "It's full, so you're number "
              + waitPosition
              + " on the waitlist. I'll tell you if a place opens.";
    };
  }

  static String promoted(String name, String when) {
    return "A place opened up: you're now going to *" + name + "* on " + when + ".";
  }

  static String reminder(String name, String when, boolean tomorrow) {
    return (tomorrow ? "Tomorrow: " : "In an hour: ") + "*" + name + "*, " + when + ".";
  }

  static String reminderSummary(String name, boolean tomorrow) {
    return (tomorrow ? "Tomorrow: " : "In an hour: ") + name;
  }

  static String reflectPrompt(String name) {
    return "Thanks for coming to *"
        + name
        + "*. What is one thing you'll try from it? I'll check in a week from now.";
  }

  static String reflected(String text, String day) {
    return "Noted: you'll try \"" + text + "\". I'll check in on " + day + " to ask how it went.";
  }

  static String reflectionTooLong(int max) {
    return "Keep it to " + max + " characters, one thing you'll try.";
  }

  static String reflectionEmpty() {
    return "Write one thing you'll try, in a sentence.";
  }

  static String checkIn(String name, String text) {
    return "A week ago, after *"
        + name
        + "*, you planned to try: _"
        + text
        + "_\nDid you get to try it?";
  }

  static String checkInAnswer(String answer) {
    return switch (answer) {
      case "tried" -> "Brilliant: trying it is the whole point.";
      case "not-yet" -> "No problem. Life gets busy; I'll ask again in a week.";
      default -> "Skipped. No more check-ins for this one.";
    };
  }

  static String attendance(String name, List<String> going, List<String> maybe) {
    return "*" + name + "* is over. Going: " + people(going) + ". Maybe: " + people(maybe) + ".";
  }

  static String whoAnswered(List<String> going, List<String> maybe, List<String> waiting) {
    return "Going: "
        + people(going)
        + ". Maybe: "
        + people(maybe)
        + "."
        + (waiting.isEmpty() ? "" : " Waitlist: " + people(waiting) + ".");
  }

  static String summaryPrompt() {
    return "Could you post a short summary to the community channel? What came up, and one thing people will try (no names without consent).";
  }

  static String cancelledNotice(String name, String when) {
    return "*"
        + name
        + "*, planned for "
        + when
        + ", is cancelled. Sorry for the change; you don't need to do anything.";
  }

  static String changedNotice(String name, List<String> changes) {
    return "*"
        + name
        + "* has changed: "
        + String.join("; ", changes)
        + ". Your answer still stands.";
  }

  static String change(String what, String before, String after) {
    return what + " " + before + " → " + after;
  }

  static String inactive() {
    return "That event is no longer open for answers.";
  }

  static String answers(int going, int capacity, int maybe, int cant, int waiting) {
    return "Going "
        + going
        + (capacity > 0 ? " of " + capacity : "")
        + " · Maybe "
        + maybe
        + " · Can't "
        + cant
        + (waiting > 0 ? " · Waitlist " + waiting : "");
  }

  static String listLine(String name, String kind, String when, String counts, boolean cancelled) {
    return "• *"
        + name
        + "* ("
        + kind
        + "), "
        + when
        + (cancelled ? ", cancelled" : "")
        + ": "
        + counts;
  }

  static String icsDescription(CalendarEvent e, String link) {
    return "A "
        + e.kind().label()
        + " from your allyship programme."
        + (link.isBlank() ? "" : " Answer or see changes in Allybot.");
  }

  private static String people(List<String> ids) {
    return ids.isEmpty()
        ? "nobody"
        : String.join(", ", ids.stream().map(id -> "<@" + id + ">").toList());
  }
}
