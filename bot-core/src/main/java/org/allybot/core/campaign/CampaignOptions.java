package org.allybot.core.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.allybot.content.Level;
import org.allybot.content.Role;
import org.allybot.content.Sense;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.Mentions;
import org.allybot.core.command.UsageException;
import org.allybot.core.practice.Track;

/** Turns {@code campaign create|edit} options into a campaign, with a default for each. */
public final class CampaignOptions {
  public static final String USAGE =
      "/ally campaign create NAME [--audience all|#channel|@user,@user] [--senses act,listen]"
          + " [--topics pronouns,meetings] [--level starter|practised|advanced]"
          + " [--track everyone|managers|leaders|hr-erg|desk-allies|all]"
          + " [--polls mon,wed,fri@09:30] [--lessons tue,thu@09:30] [--digest fri@16:00 #channel]"
          + " [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--mandatory]"
          + " [--surveys baseline,followup,feedback|none]";
  private static final Set<String> KNOWN =
      Set.of(
          "audience",
          "senses",
          "topics",
          "level",
          "track",
          "polls",
          "lessons",
          "digest",
          "start",
          "end",
          "mandatory",
          "optional",
          "surveys");

  private CampaignOptions() {}

  /** A new campaign: every option not given takes its default. */
  public static Campaign create(
      WorkspaceId ws,
      String name,
      Map<String, String> options,
      LocalDate today,
      LocalTime defaultTime,
      Set<String> knownTopics) {
    Campaign defaults =
        new Campaign(
            ws,
            name,
            new Audience.Everyone(),
            new Track(List.of(), List.of(), null),
            new Cadence(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), defaultTime),
            new Cadence(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), defaultTime),
            DayOfWeek.FRIDAY,
            LocalTime.of(16, 0),
            "",
            today,
            null,
            false,
            false,
            SurveyPlan.ALL);
    Campaign campaign = apply(defaults, options, knownTopics);
    if (!options.containsKey("digest") && campaign.audience() instanceof Audience.Channel channel) {
      campaign =
          withDigest(campaign, campaign.digestDay(), campaign.digestTime(), channel.channelId());
    }
    return campaign;
  }

  /** An edited campaign: only the options given change. */
  public static Campaign apply(Campaign c, Map<String, String> options, Set<String> knownTopics) {
    for (String key : options.keySet()) {
      if (!KNOWN.contains(key)) {
        throw new UsageException("I don't know the option --" + key + ".", USAGE);
      }
    }
    Audience audience =
        options.containsKey("audience") ? audience(options.get("audience")) : c.audience();
    Track track =
        new Track(
            options.containsKey("senses") ? senses(options.get("senses")) : c.track().senses(),
            options.containsKey("topics")
                ? topics(options.get("topics"), knownTopics)
                : c.track().topics(),
            options.containsKey("level") ? level(options.get("level")) : c.track().level(),
            options.containsKey("track") ? roles(options.get("track")) : c.track().roles());
    Cadence polls =
        options.containsKey("polls")
            ? cadence("polls", options.get("polls"), c.polls().time())
            : c.polls();
    Cadence lessons =
        options.containsKey("lessons")
            ? cadence("lessons", options.get("lessons"), c.lessons().time())
            : c.lessons();
    LocalDate start =
        options.containsKey("start") ? date("start", options.get("start")) : c.start();
    LocalDate end = options.containsKey("end") ? date("end", options.get("end")) : c.end();
    if (end != null && end.isBefore(start)) {
      throw new UsageException(
          "The end date " + end + " is before the start date " + start + ".", USAGE);
    }
    boolean mandatory =
        options.containsKey("mandatory") || (!options.containsKey("optional") && c.mandatory());
    Campaign updated =
        new Campaign(
            c.workspace(),
            c.name(),
            audience,
            track,
            polls,
            lessons,
            c.digestDay(),
            c.digestTime(),
            c.digestChannel(),
            start,
            end,
            mandatory,
            c.paused(),
            options.containsKey("surveys")
                ? SurveyPlan.parse(options.get("surveys"))
                : c.surveys());
    return options.containsKey("digest") ? digest(updated, options.get("digest")) : updated;
  }

  private static Audience audience(String value) {
    String v = value.strip();
    if (v.isEmpty() || v.equalsIgnoreCase("all")) {
      return new Audience.Everyone();
    }
    var channel = Mentions.channel(v);
    if (channel.isPresent()) {
      return new Audience.Channel(channel.get());
    }
    List<String> users = new ArrayList<>();
    for (String token : v.split("[,\\s]+")) {
      users.add(
          Mentions.user(token)
              .orElseThrow(() ->
                  new UsageException(
                      "--audience takes all, a #channel, or @user,@user; '"
                          + token
                          + "' is none of those.",
                      USAGE)));
    }
    return new Audience.Users(users);
  }

  private static List<Sense> senses(String value) {
    List<Sense> senses = new ArrayList<>();
    for (String id : value.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
      senses.add(
          Sense.byId(id)
              .orElseThrow(() ->
                  new UsageException(
                      "'"
                          + id
                          + "' is not a sense. Use act, listen, privilege, speak, bias or empathy.",
                      USAGE)));
    }
    return senses;
  }

  private static List<String> topics(String value, Set<String> known) {
    List<String> topics = List.of(value.toLowerCase(Locale.ROOT).split("[,\\s]+"));
    for (String topic : topics) {
      if (!known.contains(topic)) {
        throw new UsageException(
            "'"
                + topic
                + "' is not a topic I know. Known topics: "
                + String.join(", ", known.stream().sorted().toList())
                + ".",
            USAGE);
      }
    }
    return topics;
  }

  /** {@code managers,leaders}, or {@code all} for every item whatever its audience. */
  private static List<Role> roles(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty() || v.equals("all") || v.equals("any")) {
      return List.of();
    }
    List<Role> roles = new ArrayList<>();
    for (String id : v.split("[,\\s]+")) {
      roles.add(
          Role.byId(id)
              .orElseThrow(() ->
                  new UsageException(
                      "'" + id + "' is not a track. Use " + Role.known() + ", or all.", USAGE)));
    }
    return roles;
  }

  private static Level level(String value) {
    return Level.byId(value.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() ->
            new UsageException(
                "'" + value + "' is not a level. Use starter, practised or advanced.", USAGE));
  }

  /** {@code mon,wed,fri@09:30}, or {@code none}. */
  static Cadence cadence(String option, String value, LocalTime fallbackTime) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("none") || v.equals("off")) {
      return new Cadence(Set.of(), fallbackTime);
    }
    String[] parts = v.split("@", 2);
    LocalTime time = parts.length == 2 ? time(option, parts[1]) : fallbackTime;
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String day : parts[0].split(",")) {
      days.add(day(option, day));
    }
    return new Cadence(days, time);
  }

  private static Campaign digest(Campaign c, String value) {
    String[] words = value.strip().split("\\s+");
    if (words.length == 1 && (words[0].equals("none") || words[0].equals("off"))) {
      return withDigest(c, c.digestDay(), c.digestTime(), "");
    }
    String[] dayTime = words[0].toLowerCase(Locale.ROOT).split("@", 2);
    DayOfWeek day = day("digest", dayTime[0]);
    LocalTime time = dayTime.length == 2 ? time("digest", dayTime[1]) : c.digestTime();
    String channel = c.digestChannel();
    if (words.length > 1) {
      channel =
          Mentions.channel(words[1])
              .orElseThrow(() ->
                  new UsageException(
                      "--digest takes a day@time and a #channel, such as fri@16:00 #allies.",
                      USAGE));
    }
    if (channel.isEmpty()) {
      throw new UsageException(
          "--digest needs a #channel to post to, such as fri@16:00 #allies.", USAGE);
    }
    return withDigest(c, day, time, channel);
  }

  private static Campaign withDigest(Campaign c, DayOfWeek day, LocalTime time, String channel) {
    return new Campaign(
        c.workspace(),
        c.name(),
        c.audience(),
        c.track(),
        c.polls(),
        c.lessons(),
        day,
        time,
        channel,
        c.start(),
        c.end(),
        c.mandatory(),
        c.paused(),
        c.surveys());
  }

  static DayOfWeek day(String option, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (v.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(v)) {
        return d;
      }
    }
    throw new UsageException(
        "--"
            + option
            + ": '"
            + value
            + "' is not a weekday. Use mon, tue, wed, thu, fri, sat or sun.",
        USAGE);
  }

  static LocalTime time(String option, String value) {
    try {
      return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException(
          "--" + option + ": '" + value + "' is not a time. Use 24-hour HH:MM, such as 09:30.",
          USAGE);
    }
  }

  private static LocalDate date(String option, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException(
          "--" + option + ": '" + value + "' is not a date. Use YYYY-MM-DD.", USAGE);
    }
  }
}
