package org.allybot.core.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.allybot.content.Role;
import org.allybot.content.Sense;
import org.allybot.core.language.Messages;
import org.allybot.core.practice.Track;

/**
 * Describes a campaign in words for list, show and confirmations, in the admin's language. Times
 * stay 24-hour (09:30), as admins type them in options.
 */
final class CampaignText {
  private final Messages say;

  CampaignText(Messages say) {
    this.say = say;
  }

  String cadence(Cadence c) {
    if (c.isEmpty()) {
      return say.text("campaign.cadence.none");
    }
    String days =
        c.days().stream()
            .sorted(Comparator.naturalOrder())
            .map(this::day)
            .collect(Collectors.joining(", "));
    return say.text("campaign.cadence", "days", days, "time", c.time().toString());
  }

  String day(DayOfWeek d) {
    return d.getDisplayName(TextStyle.SHORT, say.language().locale());
  }

  String audience(Audience a) {
    return switch (a) {
      case Audience.Everyone e -> say.text("campaign.audience", "kind", "everyone");
      case Audience.Channel ch ->
          say.text("campaign.audience", "kind", "channel", "channel", ch.channelId());
      case Audience.Users u ->
          say.text("campaign.audience", "kind", "users", "count", u.userIds().size());
    };
  }

  String track(Track t) {
    String senses =
        t.senses().isEmpty()
            ? say.text("campaign.track.all-senses")
            : t.senses().stream().map(Sense::id).collect(Collectors.joining(", "));
    String topics =
        t.topics().isEmpty()
            ? say.text("campaign.track.all-topics")
            : String.join(", ", t.topics());
    String level = t.level() == null ? say.text("campaign.track.all-levels") : t.level().id();
    String track = say.text("campaign.track", "senses", senses, "topics", topics, "level", level);
    if (t.roles().isEmpty()) {
      return track;
    }
    String roles = t.roles().stream().map(Role::id).collect(Collectors.joining(", "));
    return say.text("campaign.track.roles", "track", track, "roles", roles);
  }

  String state(Campaign c, LocalDate today) {
    if (c.paused()) {
      return say.text("campaign.state", "state", "paused");
    }
    if (today.isBefore(c.start())) {
      return say.text("campaign.state", "state", "starts", "date", c.start().toString());
    }
    if (c.end() != null && today.isAfter(c.end())) {
      return say.text("campaign.state", "state", "ended", "date", c.end().toString());
    }
    return say.text("campaign.state", "state", "running");
  }

  String summary(Campaign c, LocalDate today) {
    return say.text(
        "campaign.summary",
        "name",
        c.name(),
        "state",
        state(c, today),
        "mandatory",
        Boolean.toString(c.mandatory()),
        "polls",
        cadence(c.polls()),
        "lessons",
        cadence(c.lessons()));
  }

  String details(Campaign c, LocalDate today, long enrolled, long optOuts) {
    String digest =
        c.hasDigest()
            ? say.text(
                "campaign.digest",
                "day",
                day(c.digestDay()),
                "time",
                c.digestTime().toString(),
                "channel",
                c.digestChannel())
            : say.text("campaign.digest.none");
    return say.text(
        "campaign.details",
        "name",
        c.name(),
        "state",
        state(c, today),
        "audience",
        audience(c.audience()),
        "mandatory",
        Boolean.toString(c.mandatory()),
        "enrolled",
        enrolled,
        "optOuts",
        optOuts,
        "track",
        track(c.track()),
        "polls",
        cadence(c.polls()),
        "lessons",
        cadence(c.lessons()),
        "digest",
        digest,
        "start",
        c.start().toString(),
        "end",
        c.end() == null ? say.text("campaign.open-ended") : c.end().toString(),
        "surveys",
        surveys(c));
  }

  /** Which surveys (by their option words), and what the end-date ones wait for. */
  String surveys(Campaign c) {
    String plan = c.surveys().describe();
    boolean atEnd = c.surveys().followup() || c.surveys().feedback();
    return atEnd && c.end() == null ? say.text("campaign.surveys.needs-end", "plan", plan) : plan;
  }
}
