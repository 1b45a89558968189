package org.allybot.core.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.allybot.content.Curriculum;
import org.allybot.content.Lesson;
import org.allybot.content.Scenario;
import org.allybot.content.Tags;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Track;

/**
 * Chooses what a member gets next: a scenario due for spaced review first, then the next unseen
 * item of the track, easiest level first. Once a track is done it starts again.
 */
public final class NextItem {
  /** How long until a scenario answered with a risky choice comes back, by round. */
  static final List<Duration> REVIEW_INTERVALS =
      List.of(Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(21), Duration.ofDays(60));

  private final Curriculum curriculum;
  private final Progress progress;

  public NextItem(Curriculum curriculum, Progress progress) {
    this.curriculum = curriculum;
    this.progress = progress;
  }

  public Optional<Scenario> scenario(UserRef user, Track track, Instant now) {
    Progress.Snapshot known = progress.snapshot(user, now);
    for (String due : known.dueReviews()) {
      Optional<Scenario> review = curriculum.scenario(due).filter(s -> track.admits(s.tags()));
      if (review.isPresent()) {
        progress.clearReview(user, due);
        return review;
      }
    }
    return pick(curriculum.scenarios(), Scenario::id, Scenario::tags, known.seen(), user, track);
  }

  public Optional<Lesson> lesson(UserRef user, Track track) {
    return pick(curriculum.lessons(), Lesson::id, Lesson::tags, progress.seen(user), user, track);
  }

  /** After a risky answer, bring the scenario back later, at a growing interval. */
  public void scheduleReview(UserRef user, String scenarioId, Instant now) {
    int round = progress.reviewRound(user, scenarioId);
    if (round < REVIEW_INTERVALS.size()) {
      progress.scheduleReview(user, scenarioId, now.plus(REVIEW_INTERVALS.get(round)), round + 1);
    }
  }

  private <T> Optional<T> pick(
      List<T> items,
      java.util.function.Function<T, String> id,
      java.util.function.Function<T, Tags> tags,
      Set<String> seen,
      UserRef user,
      Track track) {
    List<T> inTrack =
        items.stream()
            .filter(i -> track.admits(tags.apply(i)))
            .sorted(Comparator.comparing(i -> tags.apply(i).level()))
            .toList();
    Optional<T> chosen = inTrack.stream().filter(i -> !seen.contains(id.apply(i))).findFirst();
    if (chosen.isEmpty() && !inTrack.isEmpty()) {
      progress.unsee(user, inTrack.stream().map(id).toList());
      chosen = Optional.of(inTrack.getFirst());
    }
    chosen.ifPresent(i -> progress.markSeen(user, id.apply(i)));
    return chosen;
  }
}
