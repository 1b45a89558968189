package org.allybot.core.community;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.language.Messages;

/**
 * How many questions and advice posts a member has left today. Each counter sits under a tag of
 * member and day, and its value is sealed, so a reader of the store cannot tell whose it is or how
 * many posts one person made.
 */
final class DailyAllowance {
  /** What a counter counts. */
  enum Kind {
    ASK,
    ADVICE
  }

  private final CoreContext core;
  private final CommunityPorts ports;

  DailyAllowance(CoreContext core) {
    this.core = core;
    this.ports = core.community();
  }

  int limit(Kind kind) {
    return kind == Kind.ASK ? ports.config().asksPerDay() : ports.config().advicePerDay();
  }

  boolean exhausted(UserRef user, Kind kind) {
    return used(user, kind, core.today()) >= limit(kind);
  }

  void spend(UserRef user, Kind kind) {
    LocalDate today = core.today();
    String tag = tag(user, kind, today);
    int next = used(user, kind, today) + 1;
    ports
        .marks()
        .saveCounter(
            user.workspace(),
            tag,
            ports.seal().seal(Integer.toString(next), "count|" + tag),
            Duration.between(
                core.clock().instant(),
                today.plusDays(2).atStartOfDay(core.config().defaultZone()).toInstant()));
  }

  String refusal(Messages say, Kind kind) {
    return say.text(
        "community.limit", "kind", kind == Kind.ASK ? "ask" : "reply", "limit", limit(kind));
  }

  /** Every counter tag the member may have on {@code today}, to forget them. */
  static List<String> tags(AuthorSeal seal, UserRef user, LocalDate today) {
    List<String> tags = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      for (int back = 0; back <= 2; back++) {
        tags.add(tag(seal, user, kind, today.minusDays(back)));
      }
    }
    return tags;
  }

  private int used(UserRef user, Kind kind, LocalDate day) {
    String tag = tag(user, kind, day);
    return ports
        .marks()
        .counter(user.workspace(), tag)
        .flatMap(sealed -> ports.seal().open(sealed, "count|" + tag))
        .map(Integer::parseInt)
        .orElse(0);
  }

  private String tag(UserRef user, Kind kind, LocalDate day) {
    return tag(ports.seal(), user, kind, day);
  }

  private static String tag(AuthorSeal seal, UserRef user, Kind kind, LocalDate day) {
    return seal.tag(
        "count",
        kind.name().toLowerCase(Locale.ROOT),
        day.toString(),
        user.workspace().key(),
        user.userId());
  }
}
