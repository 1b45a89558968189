package org.allybot.core.lesson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.allybot.content.Lesson;
import org.allybot.content.Localized;
import org.allybot.content.Source;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/** Renders lessons, their follow-ups and the 7-day commitment check-in. */
public final class LessonMessages {
  public static final String GOT_IT = "lesson.got-it";
  public static final String MORE = "lesson.more";
  public static final String NOT_FOR_ME = "lesson.not-for-me";
  public static final String TRY = "lesson.try";
  public static final String CHECK_IN = "checkin";

  /**
   * The check-in delivery's data key for the campaign the commitment was made in; not {@code
   * campaign}, which would make the check-in wait on the campaign like a poll.
   */
  public static final String CHECK_IN_CAMPAIGN = "commitment-campaign";

  private LessonMessages() {}

  /** Button values are {@code campaignId|lessonId}. */
  public static Message lesson(Messages say, Localized<Lesson> localized, String campaignId) {
    Lesson lesson = localized.item();
    String value = campaignId + "|" + lesson.id();
    List<Button> buttons = new ArrayList<>();
    buttons.add(Button.of(say.text("lesson.got-it"), GOT_IT, value));
    if (lesson.hasDeeper()) {
      buttons.add(Button.of(say.text("lesson.more"), MORE, value));
    }
    buttons.add(Button.of(say.text("lesson.not-for-me"), NOT_FOR_ME, value));
    buttons.add(new Button(say.text("lesson.try"), TRY, value, Button.Style.PRIMARY));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(lesson.title()));
    blocks.add(new Block.Text(lesson.body()));
    blocks.add(new Block.Text(say.text("lesson.try-this-week", "text", lesson.tryThis())));
    if (!lesson.sources().isEmpty()) {
      blocks.add(new Block.Text(readMore(say, lesson.sources())));
    }
    blocks.add(new Block.Buttons(buttons));
    blocks.add(new Block.Context(senses(say, lesson) + " · " + length(say, lesson)));
    if (localized.fallback()) {
      blocks.add(new Block.Context(say.text("content.fallback")));
    }
    return new Message(
        say.text("lesson.summary", "length", lengthId(lesson), "title", lesson.title()), blocks);
  }

  /** "Read more:" and one line per source: title, publisher, year and link. */
  static String readMore(Messages say, List<Source> sources) {
    return say.text("lesson.read-more")
        + "\n"
        + sources.stream()
            .map(s -> "• " + s.title() + " (" + s.publisher() + ", " + s.year() + ") " + s.url())
            .collect(Collectors.joining("\n"));
  }

  private static String lengthId(Lesson lesson) {
    return switch (lesson.length()) {
      case NUDGE -> "nudge";
      case STANDARD -> "standard";
      case DEEP_DIVE -> "deep";
    };
  }

  private static String length(Messages say, Lesson lesson) {
    return say.text(
        "lesson.length", "length", lengthId(lesson), "minutes", lesson.tags().minutes());
  }

  public static Message deeper(Messages say, Lesson lesson) {
    String title = say.text("lesson.deeper", "title", lesson.title());
    return Message.of(title, new Block.Header(title), new Block.Text(lesson.deeper()));
  }

  public static Message committed(Messages say, Lesson lesson, LocalDate checkInDay) {
    return Message.text(
        say.text("lesson.committed", "text", lesson.tryThis(), "day", say.date(checkInDay)));
  }

  /**
   * Button values are {@code lessonId|answer|campaignId}; buttons sent before the campaign was
   * carried have only {@code lessonId|answer}.
   */
  public static Message checkIn(Messages say, Lesson lesson, String campaignId) {
    String id = lesson.id();
    String campaign = "|" + campaignId;
    return new Message(
        say.text("checkin.summary"),
        List.of(
            new Block.Text(say.text("checkin.planned", "title", lesson.title())),
            new Block.Text("_" + lesson.tryThis() + "_"),
            new Block.Text(say.text("checkin.summary")),
            new Block.Buttons(
                List.of(
                    new Button(
                        say.text("checkin.tried"),
                        CHECK_IN,
                        id + "|tried" + campaign,
                        Button.Style.PRIMARY),
                    Button.of(say.text("checkin.not-yet"), CHECK_IN, id + "|not-yet" + campaign),
                    Button.of(say.text("checkin.skip"), CHECK_IN, id + "|skip" + campaign)))));
  }

  static String senses(Messages say, Lesson lesson) {
    return say.text("practises", "senses", SenseNames.list(say, lesson.tags().senses()));
  }
}
