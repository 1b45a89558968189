package org.allybot.core.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Audience;
import org.allybot.core.campaign.Campaign;

/** Reads and checks an event's options, from the command line or the form, field by field. */
final class EventOptions {
  static final int MAX_NAME = 80;
  static final int MAX_WHERE = 300;
  static final int MAX_CAPACITY = 10_000;
  static final Set<String> KNOWN =
      Set.of(
          "at", "tz", "length", "where", "audience", "facilitator", "capacity", "campaign", "kind");
  private static final Pattern LENGTH =
      Pattern.compile("(?:(\\d{1,2})\\s*h)?\\s*(?:(\\d{1,4})\\s*m(?:in)?)?");

  private final CoreContext core;
  private final EventAudience audiences;

  EventOptions(CoreContext core) {
    this.core = core;
    this.audiences = new EventAudience(core);
  }

  /** A new event; {@code options} hold option names (without dashes) to values. */
  CalendarEvent create(UserRef organizer, String name, Map<String, String> options) {
    String checked = name(name);
    unknownOptions(options);
    ZoneId zone = zone(organizer, options.get("tz")).zone();
    if (!options.containsKey("at") || options.get("at").isBlank()) {
      throw InvalidEvent.of("at", "at-missing");
    }
    return new CalendarEvent(
        organizer.workspace(),
        CalendarEvent.idOf(checked),
        checked,
        kind(options.getOrDefault("kind", "")),
        start(options.get("at"), zone),
        zone,
        length(options.getOrDefault("length", "")),
        where(options.getOrDefault("where", "")),
        audiences.parse(organizer.workspace(), options.getOrDefault("audience", "")),
        facilitator(organizer, options.getOrDefault("facilitator", "")),
        capacity(options.getOrDefault("capacity", "")),
        campaign(organizer, options.getOrDefault("campaign", "")),
        organizer.userId(),
        false,
        0);
  }

  /** Which zone times are read in, and why: asked for, the member's, or the workspace's. */
  ChosenZone zone(UserRef member, String asked) {
    if (asked != null && !asked.isBlank()) {
      try {
        ZoneId zone = ZoneId.of(asked.strip());
        return new ChosenZone(zone, t -> t.zoneGiven(zone.getId()));
      } catch (DateTimeException e) {
        throw InvalidEvent.of("tz", "unknown-zone", "value", asked.strip());
      }
    }
    Optional<ZoneId> own =
        core.members().find(member).map(m -> m.timeZone()).flatMap(EventOptions::zoneOf);
    if (own.isPresent()) {
      return new ChosenZone(own.get(), t -> t.zoneOfMember(own.get().getId()));
    }
    ZoneId ws = core.config().defaultZone();
    return new ChosenZone(ws, t -> t.zoneOfWorkspace(ws.getId()));
  }

  /** A zone and the sentence that tells the organiser where it came from. */
  record ChosenZone(ZoneId zone, java.util.function.Function<CalendarTexts, String> note) {}

  static Optional<ZoneId> zoneOf(String id) {
    try {
      return id == null || id.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  String name(String name) {
    String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    if (CalendarEvent.idOf(n).isEmpty()) {
      throw InvalidEvent.of("name", "name-missing");
    }
    if (n.length() > MAX_NAME) {
      throw InvalidEvent.of("name", "name-too-long", "length", n.length(), "max", MAX_NAME);
    }
    return n;
  }

  static void unknownOptions(Map<String, String> options) {
    for (String option : options.keySet()) {
      if (!KNOWN.contains(option)) {
        throw InvalidEvent.of("name", "unknown-option", "option", option);
      }
    }
  }

  /**
   * A local date and time in {@code zone}, which must exist there and lie in the future. A time the
   * clocks go through twice is the first of the two, or the second once the first has passed.
   */
  Instant start(String value, ZoneId zone) {
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(value.strip().replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      throw InvalidEvent.of("at", "at-unreadable", "value", value.strip());
    }
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      throw InvalidEvent.of("at", "not-on-that-day", "value", value.strip(), "zone", zone.getId());
    }
    ZonedDateTime first = local.atZone(zone);
    ZonedDateTime at =
        first.toInstant().isAfter(core.clock().instant())
            ? first
            : first.withLaterOffsetAtOverlap();
    if (!at.toInstant().isAfter(core.clock().instant())) {
      throw new InvalidEvent("at", t -> t.error("in-the-past", "when", t.when(at)));
    }
    return at.toInstant();
  }

  static Duration length(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    if (v.isEmpty()) {
      return Duration.ofMinutes(60);
    }
    Matcher m = LENGTH.matcher(v.matches("\\d+") ? v + "m" : v);
    if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
      throw InvalidEvent.of("length", "bad-length", "value", value.strip());
    }
    long minutes =
        (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 60)
            + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
    if (minutes < 5 || minutes > 12 * 60) {
      throw InvalidEvent.of("length", "bad-length", "value", value.strip());
    }
    return Duration.ofMinutes(minutes);
  }

  static String where(String value) {
    String v = value.strip();
    if (v.length() > MAX_WHERE) {
      throw InvalidEvent.of("where", "too-long", "option", "where", "max", MAX_WHERE);
    }
    return v;
  }

  static int capacity(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return 0;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= MAX_CAPACITY) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below, with the same words as a number out of range
    }
    throw InvalidEvent.of("capacity", "bad-capacity", "value", v);
  }

  static EventKind kind(String value) {
    if (value.isBlank()) {
      return EventKind.WORKSHOP;
    }
    return EventKind.parse(value)
        .orElseThrow(() -> InvalidEvent.of("kind", "bad-kind", "value", value.strip()));
  }

  String facilitator(UserRef organizer, String value) {
    return value.isBlank()
        ? ""
        : audiences.user(organizer.workspace(), value.strip(), "facilitator");
  }

  Audience audience(WorkspaceId ws, String value) {
    return audiences.parse(ws, value);
  }

  String campaign(UserRef organizer, String value) {
    if (value.isBlank()) {
      return "";
    }
    String id = Campaign.idOf(value);
    if (id.isEmpty() || core.campaigns().find(organizer.workspace(), id).isEmpty()) {
      throw InvalidEvent.of("campaign", "unknown-campaign", "name", value.strip());
    }
    return id;
  }
}
