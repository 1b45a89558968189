package org.allybot.core.lesson;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.Lesson;
import org.allybot.content.Localized;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Language;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.LocalContent;
import org.allybot.core.language.Messages;
import org.allybot.core.learning.LearningEvent;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.practice.NextItem;
import org.allybot.core.practice.TallyCounters;
import org.allybot.core.practice.Track;
import org.allybot.core.practice.Weeks;

/** Micro-lessons: the next one, the four feedback buttons, and commitment check-ins. */
public final class LessonService {
  static final Duration CHECK_IN_AFTER = Duration.ofDays(7);
  private static final String NOT_FOR_ME = "not-for-me";
  private static final String TRY = "try";

  private final CoreContext core;
  private final NextItem next;
  private final RecallFlow recalls;

  public LessonService(CoreContext core, NextItem next) {
    this.core = core;
    this.next = next;
    this.recalls = new RecallFlow(core, next);
  }

  /** A button of a recall question. */
  public Reply recall(UserRef user, String action, String value) {
    return recalls.respond(user, action, value);
  }

  public Optional<Message> nextLesson(UserRef user, Track track, String campaignId) {
    return Optional.ofNullable(nextLessons(List.of(user), track, campaignId).get(user));
  }

  /**
   * {@link #nextLesson} for many members (distinct, of one workspace) at once: a recall question
   * that is due comes first, otherwise the next lesson, whose recall question is then planned.
   * Members who get the same lesson share one message, and the campaign's week records it once.
   */
  public Map<UserRef, Message> nextLessons(List<UserRef> users, Track track, String campaignId) {
    Map<String, Message> byLesson = new HashMap<>();
    Map<UserRef, Message> lessons = new LinkedHashMap<>();
    LanguageOf languages = core.languageOf();
    Instant now = core.clock().instant();
    Map<UserRef, Lesson> due = next.dueRecalls(users, track, now);
    due.forEach((user, l) ->
        lessons.put(
            user,
            byLesson.computeIfAbsent(
                RecallMessages.PREFIX + l.id() + "|" + languages.member(user).tag(),
                id -> {
                  Language language = languages.member(user);
                  return RecallMessages.question(
                      Messages.in(language), localize(l, language).item(), campaignId);
                })));
    List<UserRef> rest = users.stream().filter(u -> !due.containsKey(u)).toList();
    Map<UserRef, Lesson> chosen = next.lessons(rest, track);
    next.scheduleFirstRecalls(chosen, now);
    java.util.Set<String> recorded = new java.util.HashSet<>();
    chosen.forEach((user, l) -> {
      if (!campaignId.isEmpty() && recorded.add(l.id())) {
        core.weeks().sent(user.workspace(), campaignId, Weeks.of(core.today()), "lesson", l.id());
      }
      Language language = languages.member(user);
      lessons.put(
          user,
          byLesson.computeIfAbsent(
              l.id() + "|" + language.tag(),
              k ->
                  LessonMessages.lesson(Messages.in(language), localize(l, language), campaignId)));
    });
    return lessons;
  }

  private Localized<Lesson> localize(Lesson english, Language language) {
    return LocalContent.lesson(core.curriculum(), english.id(), language)
        .orElse(new Localized<>(english, false));
  }

  /** One of the lesson buttons; the value is {@code campaignId|lessonId}. */
  public Reply respond(UserRef user, String action, String value) {
    String[] parts = value == null ? new String[0] : value.split("\\|", -1);
    Optional<Lesson> found =
        parts.length == 2 ? core.curriculum().lesson(parts[1]) : Optional.empty();
    Language language = core.languageOf().member(user);
    Messages say = Messages.in(language);
    if (found.isEmpty()) {
      return Reply.text(say.text("lesson.gone"));
    }
    Lesson lesson = found.get();
    Lesson local = localize(lesson, language).item();
    String campaignId = parts[0];
    Instant now = core.clock().instant();
    String response = action.substring(action.indexOf('.') + 1);
    Optional<String> before = core.lessons().responseOf(user, lesson.id());
    core.lessons().respond(user, lesson.id(), response, now);
    recordLearning(user, campaignId, lesson.id(), before, response, now);
    boolean firstRead = false;
    if (!response.equals(NOT_FOR_ME)) {
      firstRead =
          core.practice()
              .record(
                  user,
                  "lesson",
                  lesson.id(),
                  EnumSet.copyOf(lesson.tags().senses()),
                  core.today());
      if (!campaignId.isEmpty()) {
        core.weeks().active(user.workspace(), campaignId, Weeks.of(core.today()), user.userId());
      }
    }
    tally(user, campaignId, lesson, action, firstRead);
    return switch (action) {
      case LessonMessages.MORE -> Reply.of(LessonMessages.deeper(say, local));
      case LessonMessages.TRY -> {
        Instant checkIn = now.plus(CHECK_IN_AFTER);
        core.lessons().commit(user, lesson.id(), campaignId, checkIn);
        yield Reply.of(
            LessonMessages.committed(say, local, core.today().plusDays(CHECK_IN_AFTER.toDays())));
      }
      case LessonMessages.NOT_FOR_ME ->
          Reply.replacing(acknowledged(say, local, say.text("lesson.ack.not-for-me")));
      default -> Reply.replacing(acknowledged(say, local, say.text("lesson.ack.got-it")));
    };
  }

  /** Counts a lesson response in its campaign: a first read, "tell me more", a commitment. */
  private void tally(
      UserRef user, String campaignId, Lesson lesson, String action, boolean firstRead) {
    if (campaignId.isEmpty()) {
      return;
    }
    Map<String, Long> by = new HashMap<>();
    if (firstRead) {
      by.put(TallyCounters.LESSONS, 1L);
      by.put(TallyCounters.inWeek(TallyCounters.LESSONS, Weeks.of(core.today())), 1L);
      lesson.tags().senses().forEach(sense -> by.put(TallyCounters.sense(sense), 1L));
    }
    if (action.equals(LessonMessages.MORE)) {
      by.put(TallyCounters.MORE, 1L);
    }
    if (action.equals(LessonMessages.TRY)) {
      by.put(TallyCounters.COMMITTED, 1L);
    }
    core.tally().add(user.workspace(), campaignId, by);
  }

  /**
   * A check-in answer; the value is {@code lessonId|tried|not-yet|skip|campaignId} ({@code
   * campaignId} missing on buttons sent before it was carried).
   */
  public Reply checkIn(UserRef user, String value) {
    String[] parts = value == null ? new String[0] : value.split("\\|", -1);
    Optional<Lesson> lesson =
        parts.length == 2 || parts.length == 3
            ? core.curriculum().lesson(parts[0])
            : Optional.empty();
    Messages say = core.languageOf().messages(user);
    if (lesson.isEmpty()) {
      return Reply.text(say.text("checkin.gone"));
    }
    String campaignId = parts.length == 3 ? parts[2] : "";
    return switch (parts[1]) {
      case "tried" -> {
        core.learning()
            .record(
                new LearningEvent.CommitmentAttempted(
                    user, campaignId, lesson.get().id(), core.clock().instant()));
        if (!campaignId.isEmpty()
            && core.campaigns().find(user.workspace(), campaignId).isPresent()) {
          core.tally().add(user.workspace(), campaignId, Map.of(TallyCounters.TRIED, 1L));
        }
        core.practice()
            .record(
                user,
                "tried",
                lesson.get().id(),
                EnumSet.copyOf(lesson.get().tags().senses()),
                core.today());
        yield Reply.replacing(Message.text(say.text("checkin.thanks.tried")));
      }
      case "not-yet" -> {
        core.lessons()
            .commit(
                user, lesson.get().id(), campaignId, core.clock().instant().plus(CHECK_IN_AFTER));
        yield Reply.replacing(Message.text(say.text("checkin.thanks.not-yet")));
      }
      default -> Reply.replacing(Message.text(say.text("checkin.thanks.skip")));
    };
  }

  /**
   * Reports the first read of a lesson ("not for me" is not a read) and a new commitment; a
   * repeated press, such as a platform's retry, reports nothing new.
   */
  private void recordLearning(
      UserRef user,
      String campaignId,
      String lessonId,
      Optional<String> before,
      String response,
      Instant now) {
    boolean readBefore = before.isPresent() && !before.get().equals(NOT_FOR_ME);
    if (!response.equals(NOT_FOR_ME) && !readBefore) {
      core.learning().record(new LearningEvent.LessonExperienced(user, campaignId, lessonId, now));
    }
    if (response.equals(TRY) && !before.equals(Optional.of(TRY))) {
      core.learning().record(new LearningEvent.CommitmentMade(user, campaignId, lessonId, now));
    }
  }

  private static Message acknowledged(Messages say, Lesson lesson, String note) {
    return Message.of(
        lesson.title(),
        new Block.Header(lesson.title()),
        new Block.Text(lesson.body()),
        new Block.Text(say.text("lesson.try-this-week", "text", lesson.tryThis())),
        new Block.Context(note));
  }
}
