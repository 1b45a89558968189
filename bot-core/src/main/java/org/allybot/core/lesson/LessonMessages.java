package org.allybot.core.lesson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.allybot.content.Lesson;
import org.allybot.content.Sense;
import org.allybot.content.Source;
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
  public static Message lesson(Lesson lesson, String campaignId) {
    String value = campaignId + "|" + lesson.id();
    List<Button> buttons = new ArrayList<>();
    buttons.add(Button.of("Got it", GOT_IT, value));
    if (lesson.hasDeeper()) {
      buttons.add(Button.of("Tell me more", MORE, value));
    }
    buttons.add(Button.of("Not for me", NOT_FOR_ME, value));
    buttons.add(new Button("I'll try this", TRY, value, Button.Style.PRIMARY));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(lesson.title()));
    blocks.add(new Block.Text(lesson.body()));
    blocks.add(new Block.Text("*Try this week:* " + lesson.tryThis()));
    if (!lesson.sources().isEmpty()) {
      blocks.add(new Block.Text(readMore(lesson.sources())));
    }
    blocks.add(new Block.Buttons(buttons));
    blocks.add(new Block.Context(senses(lesson) + " · " + length(lesson)));
    return new Message(lengthLabel(lesson) + lesson.title(), blocks);
  }

  /** "Read more:" and one line per source: title, publisher, year and link. */
  static String readMore(List<Source> sources) {
    return "*Read more:*\n"
        + sources.stream()
            .map(s -> "• " + s.title() + " (" + s.publisher() + ", " + s.year() + ") " + s.url())
            .collect(Collectors.joining("\n"));
  }

  private static String lengthLabel(Lesson lesson) {
    return switch (lesson.length()) {
      case NUDGE -> "30-second nudge: ";
      case STANDARD -> "Micro-lesson: ";
      case DEEP_DIVE -> "5-minute deep dive: ";
    };
  }

  private static String length(Lesson lesson) {
    return switch (lesson.length()) {
      case NUDGE -> "30-second nudge";
      case STANDARD -> "About " + lesson.tags().minutes() + " min";
      case DEEP_DIVE -> "5-minute deep dive";
    };
  }

  public static Message deeper(Lesson lesson) {
    return Message.of(
        "Go deeper: " + lesson.title(),
        new Block.Header("Go deeper: " + lesson.title()),
        new Block.Text(lesson.deeper()));
  }

  public static Message committed(Lesson lesson, LocalDate checkInDay) {
    return Message.text(
        "Noted: you'll try \""
            + lesson.tryThis()
            + "\" I'll check in on "
            + checkInDay
            + " to ask how it went.");
  }

  /**
   * Button values are {@code lessonId|answer|campaignId}; buttons sent before the campaign was
   * carried have only {@code lessonId|answer}.
   */
  public static Message checkIn(Lesson lesson, String campaignId) {
    String id = lesson.id();
    String campaign = "|" + campaignId;
    return new Message(
        "Did you get to try it?",
        List.of(
            new Block.Text("A week ago you planned to try this, from \"" + lesson.title() + "\":"),
            new Block.Text("_" + lesson.tryThis() + "_"),
            new Block.Text("Did you get to try it?"),
            new Block.Buttons(
                List.of(
                    new Button(
                        "I tried it", CHECK_IN, id + "|tried" + campaign, Button.Style.PRIMARY),
                    Button.of("Not yet", CHECK_IN, id + "|not-yet" + campaign),
                    Button.of("Skip", CHECK_IN, id + "|skip" + campaign)))));
  }

  static String senses(Lesson lesson) {
    return "Practises: "
        + lesson.tags().senses().stream().map(Sense::title).collect(Collectors.joining(", "));
  }
}
