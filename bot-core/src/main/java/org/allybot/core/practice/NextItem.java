package org.allybot.core.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.allybot.content.Curriculum;
import org.allybot.content.Lesson;
import org.allybot.content.Scenario;
import org.allybot.content.Tags;
import org.allybot.core.UserRef;

/**
 * Chooses what a member gets next: a scenario due for spaced review first, then the next unseen
 * item of the track, easiest level first. Once a track is done it starts again. Choosing for many
 * members at once reads and records their progress in one round trip each.
 */
public final class NextItem {
  /** A lesson's recall question is kept among the reviews under this prefix and its id. */
  public static final String RECALL = "recall:";

  /** How long after a lesson its recall question comes back. */
  static final Duration FIRST_RECALL = Duration.ofDays(7);

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
    return Optional.ofNullable(scenarios(List.of(user), track, now).get(user));
  }

  /** The next scenario of each of {@code users} (distinct); those with none are absent. */
  public Map<UserRef, Scenario> scenarios(List<UserRef> users, Track track, Instant now) {
    Map<UserRef, Progress.Snapshot> known = progress.snapshots(users, now);
    List<Scenario> inTrack = inTrack(curriculum.scenarios(), Scenario::tags, track);
    Map<UserRef, Scenario> chosen = new LinkedHashMap<>();
    Map<UserRef, String> newlySeen = new HashMap<>();
    for (UserRef user : users) {
      Progress.Snapshot snapshot = known.get(user);
      Optional<Scenario> review = dueReview(user, snapshot.dueReviews(), track);
      if (review.isPresent()) {
        chosen.put(user, review.get());
        continue;
      }
      pick(inTrack, Scenario::id, snapshot.seen(), user)
          .ifPresent(s -> {
            chosen.put(user, s);
            newlySeen.put(user, s.id());
          });
    }
    progress.markSeen(newlySeen);
    return chosen;
  }

  public Optional<Lesson> lesson(UserRef user, Track track) {
    return Optional.ofNullable(lessons(List.of(user), track).get(user));
  }

  /** The next lesson of each of {@code users} (distinct); those with none are absent. */
  public Map<UserRef, Lesson> lessons(List<UserRef> users, Track track) {
    Map<UserRef, Set<String>> seen = progress.seen(users);
    List<Lesson> inTrack = LessonOrder.mixed(inTrack(curriculum.lessons(), Lesson::tags, track));
    Map<UserRef, Lesson> chosen = new LinkedHashMap<>();
    for (UserRef user : users) {
      pick(inTrack, Lesson::id, seen.get(user), user).ifPresent(l -> chosen.put(user, l));
    }
    Map<UserRef, String> newlySeen = new HashMap<>();
    chosen.forEach((user, lesson) -> newlySeen.put(user, lesson.id()));
    progress.markSeen(newlySeen);
    return chosen;
  }

  /**
   * The lesson whose recall question is due, for each of {@code users} that has one in the track;
   * it is taken off the review list.
   */
  public Map<UserRef, Lesson> dueRecalls(List<UserRef> users, Track track, Instant now) {
    Map<UserRef, Lesson> due = new LinkedHashMap<>();
    progress
        .snapshots(users, now)
        .forEach((user, snapshot) -> {
          for (String id : snapshot.dueReviews()) {
            Optional<Lesson> lesson =
                id.startsWith(RECALL)
                    ? curriculum
                        .lesson(id.substring(RECALL.length()))
                        .filter(l -> l.recall().isPresent() && track.admits(l.tags()))
                    : Optional.empty();
            if (lesson.isPresent()) {
              progress.clearReview(user, id);
              due.put(user, lesson.get());
              return;
            }
          }
        });
    return due;
  }

  /** A week after each lesson with a recall question, bring its question back. */
  public void scheduleFirstRecalls(Map<UserRef, Lesson> lessons, Instant now) {
    Map<UserRef, String> recalls = new HashMap<>();
    lessons.forEach((user, lesson) -> {
      if (lesson.recall().isPresent()) {
        recalls.put(user, RECALL + lesson.id());
      }
    });
    progress.scheduleReviews(recalls, now.plus(FIRST_RECALL), 1);
  }

  /** A recall question the member had forgotten comes back, as a risky scenario does. */
  public void scheduleRecallAgain(UserRef user, String lessonId, Instant now) {
    scheduleReview(user, RECALL + lessonId, now);
  }

  /** After a risky answer, bring the scenario back later, at a growing interval. */
  public void scheduleReview(UserRef user, String scenarioId, Instant now) {
    int round = progress.reviewRound(user, scenarioId);
    if (round < REVIEW_INTERVALS.size()) {
      progress.scheduleReview(user, scenarioId, now.plus(REVIEW_INTERVALS.get(round)), round + 1);
    }
  }

  /** The first due review still in the track, taken off the review list. */
  private Optional<Scenario> dueReview(UserRef user, List<String> due, Track track) {
    for (String id : due) {
      Optional<Scenario> review = curriculum.scenario(id).filter(s -> track.admits(s.tags()));
      if (review.isPresent()) {
        progress.clearReview(user, id);
        return review;
      }
    }
    return Optional.empty();
  }

  private static <T> List<T> inTrack(List<T> items, Function<T, Tags> tags, Track track) {
    return items.stream()
        .filter(i -> track.admits(tags.apply(i)))
        .sorted(Comparator.comparing(i -> tags.apply(i).level()))
        .toList();
  }

  /** The first unseen item; once all were seen, the track starts again (not yet marked seen). */
  private <T> Optional<T> pick(
      List<T> inTrack, Function<T, String> id, Set<String> seen, UserRef user) {
    Optional<T> chosen = inTrack.stream().filter(i -> !seen.contains(id.apply(i))).findFirst();
    if (chosen.isEmpty() && !inTrack.isEmpty()) {
      progress.unsee(user, inTrack.stream().map(id).toList());
      chosen = Optional.of(inTrack.getFirst());
    }
    return chosen;
  }
}
