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
import org.allybot.core.language.Messages;
import org.allybot.core.practice.Track;

/**
 * Turns {@code campaign create|edit} options into a campaign, with a default for each; a wrong one
 * is explained in the admin's language ({@code say}).
 */
public final class CampaignOptions {
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
      Messages say,
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
    Campaign campaign = apply(say, defaults, options, knownTopics);
    if (!options.containsKey("digest") && campaign.audience() instanceof Audience.Channel channel) {
      campaign =
          withDigest(campaign, campaign.digestDay(), campaign.digestTime(), channel.channelId());
    }
    return campaign;
  }

  /** An edited campaign: only the options given change. */
  public static Campaign apply(
      Messages say, Campaign c, Map<String, String> options, Set<String> knownTopics) {
    for (String key : options.keySet()) {
      if (!KNOWN.contains(key)) {
        throw wrong(say, "campaign.option.unknown", "option", key);
      }
    }
    Audience audience =
        options.containsKey("audience") ? audience(say, options.get("audience")) : c.audience();
    Track track =
        new Track(
            options.containsKey("senses") ? senses(say, options.get("senses")) : c.track().senses(),
            options.containsKey("topics")
                ? topics(say, options.get("topics"), knownTopics)
                : c.track().topics(),
            options.containsKey("level") ? level(say, options.get("level")) : c.track().level(),
            options.containsKey("track") ? roles(say, options.get("track")) : c.track().roles());
    Cadence polls =
        options.containsKey("polls")
            ? cadence(say, "polls", options.get("polls"), c.polls().time())
            : c.polls();
    Cadence lessons =
        options.containsKey("lessons")
            ? cadence(say, "lessons", options.get("lessons"), c.lessons().time())
            : c.lessons();
    LocalDate start =
        options.containsKey("start") ? date(say, "start", options.get("start")) : c.start();
    LocalDate end = options.containsKey("end") ? date(say, "end", options.get("end")) : c.end();
    if (end != null && end.isBefore(start)) {
      throw wrong(
          say,
          "campaign.option.end-before-start",
          "end",
          end.toString(),
          "start",
          start.toString());
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
                ? SurveyPlan.parse(say, options.get("surveys"))
                : c.surveys());
    return options.containsKey("digest") ? digest(say, updated, options.get("digest")) : updated;
  }

  private static Audience audience(Messages say, String value) {
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
              .orElseThrow(() -> wrong(say, "campaign.option.audience", "value", token)));
    }
    return new Audience.Users(users);
  }

  private static List<Sense> senses(Messages say, String value) {
    List<Sense> senses = new ArrayList<>();
    for (String id : value.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
      senses.add(
          Sense.byId(id).orElseThrow(() -> wrong(say, "campaign.option.sense", "value", id)));
    }
    return senses;
  }

  private static List<String> topics(Messages say, String value, Set<String> known) {
    List<String> topics = List.of(value.toLowerCase(Locale.ROOT).split("[,\\s]+"));
    for (String topic : topics) {
      if (!known.contains(topic)) {
        throw wrong(
            say,
            "campaign.option.topic",
            "value",
            topic,
            "known",
            String.join(", ", known.stream().sorted().toList()));
      }
    }
    return topics;
  }

  /** {@code managers,leaders}, or {@code all} for every item whatever its audience. */
  private static List<Role> roles(Messages say, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty() || v.equals("all") || v.equals("any")) {
      return List.of();
    }
    List<Role> roles = new ArrayList<>();
    for (String id : v.split("[,\\s]+")) {
      roles.add(
          Role.byId(id)
              .orElseThrow(
                  () -> wrong(say, "campaign.option.track", "value", id, "known", Role.known())));
    }
    return roles;
  }

  private static Level level(Messages say, String value) {
    return Level.byId(value.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> wrong(say, "campaign.option.level", "value", value));
  }

  /** {@code mon,wed,fri@09:30}, or {@code none}. */
  static Cadence cadence(Messages say, String option, String value, LocalTime fallbackTime) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("none") || v.equals("off")) {
      return new Cadence(Set.of(), fallbackTime);
    }
    String[] parts = v.split("@", 2);
    LocalTime time = parts.length == 2 ? time(say, option, parts[1]) : fallbackTime;
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String day : parts[0].split(",")) {
      days.add(day(say, option, day));
    }
    return new Cadence(days, time);
  }

  private static Campaign digest(Messages say, Campaign c, String value) {
    String[] words = value.strip().split("\\s+");
    if (words.length == 1 && (words[0].equals("none") || words[0].equals("off"))) {
      return withDigest(c, c.digestDay(), c.digestTime(), "");
    }
    String[] dayTime = words[0].toLowerCase(Locale.ROOT).split("@", 2);
    DayOfWeek day = day(say, "digest", dayTime[0]);
    LocalTime time = dayTime.length == 2 ? time(say, "digest", dayTime[1]) : c.digestTime();
    String channel = c.digestChannel();
    if (words.length > 1) {
      channel =
          Mentions.channel(words[1]).orElseThrow(() -> wrong(say, "campaign.option.digest-format"));
    }
    if (channel.isEmpty()) {
      throw wrong(say, "campaign.option.digest-channel");
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

  static DayOfWeek day(Messages say, String option, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (v.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(v)) {
        return d;
      }
    }
    throw wrong(say, "campaign.option.day", "option", option, "value", value);
  }

  static LocalTime time(Messages say, String option, String value) {
    try {
      return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
    } catch (DateTimeParseException e) {
      throw wrong(say, "campaign.option.time", "option", option, "value", value);
    }
  }

  private static LocalDate date(Messages say, String option, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw wrong(say, "campaign.option.date", "option", option, "value", value);
    }
  }

  /** A wrong option, said in the admin's language, with the create usage line. */
  static UsageException wrong(Messages say, String key, Object... nameValues) {
    return new UsageException(say.text(key, nameValues), say.text("campaign.option.usage"));
  }
}
