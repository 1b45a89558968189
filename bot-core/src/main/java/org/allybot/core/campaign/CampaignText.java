package org.allybot.core.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.allybot.content.Role;
import org.allybot.content.Sense;
import org.allybot.core.practice.Track;

/** Describes a campaign in words for list, show and confirmations. */
final class CampaignText {
  private CampaignText() {}

  static String cadence(Cadence c) {
    if (c.isEmpty()) {
      return "none";
    }
    return c.days().stream()
            .sorted(Comparator.naturalOrder())
            .map(CampaignText::day)
            .collect(Collectors.joining(", "))
        + " at "
        + c.time();
  }

  static String day(DayOfWeek d) {
    return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  static String audience(Audience a) {
    return switch (a) {
      case Audience.Everyone e -> "everyone opted in";
      case Audience.Channel ch -> "members of <#" + ch.channelId() + ">";
      case Audience.Users u -> u.userIds().size() + " named people";
    };
  }

  static String track(Track t) {
    String senses =
        t.senses().isEmpty()
            ? "all senses"
            : t.senses().stream().map(Sense::id).collect(Collectors.joining(", "));
    String topics = t.topics().isEmpty() ? "all topics" : String.join(", ", t.topics());
    String level = t.level() == null ? "all levels" : t.level().id();
    String roles =
        t.roles().isEmpty()
            ? ""
            : "; for " + t.roles().stream().map(Role::id).collect(Collectors.joining(", "));
    return senses + "; " + topics + "; " + level + roles;
  }

  static String state(Campaign c, LocalDate today) {
    if (c.paused()) {
      return "paused";
    }
    if (today.isBefore(c.start())) {
      return "starts " + c.start();
    }
    if (c.end() != null && today.isAfter(c.end())) {
      return "ended " + c.end();
    }
    return "running";
  }

  static String summary(Campaign c, LocalDate today) {
    return "*"
        + c.name()
        + "*: "
        + state(c, today)
        + " · "
        + (c.mandatory() ? "mandatory" : "optional")
        + " · polls "
        + cadence(c.polls())
        + " · lessons "
        + cadence(c.lessons());
  }

  static String details(Campaign c, LocalDate today, long enrolled, long optOuts) {
    return String.join(
        "\n",
        "*" + c.name() + "* (" + state(c, today) + ")",
        "Audience: "
            + audience(c.audience())
            + (c.mandatory() ? " (mandatory)" : " (optional: people join)"),
        "Taking part: " + enrolled + (c.mandatory() ? " · opted out: " + optOuts : ""),
        "Track: " + track(c.track()),
        "Polls: " + cadence(c.polls()),
        "Lessons: " + cadence(c.lessons()),
        "Digest: "
            + (c.hasDigest()
                ? day(c.digestDay()) + " at " + c.digestTime() + " in <#" + c.digestChannel() + ">"
                : "none"),
        "Dates: " + c.start() + " to " + (c.end() == null ? "open-ended" : c.end().toString()),
        "Surveys: " + surveys(c));
  }

  /** Which surveys, and what the end-date ones wait for. */
  static String surveys(Campaign c) {
    String plan = c.surveys().describe();
    boolean atEnd = c.surveys().followup() || c.surveys().feedback();
    return atEnd && c.end() == null ? plan + " (follow-up and feedback need an --end date)" : plan;
  }
}
