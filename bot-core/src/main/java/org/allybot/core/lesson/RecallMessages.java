package org.allybot.core.lesson;

import java.util.List;
import org.allybot.content.Lesson;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/** Every text of recall practice: the question, the answer, and the replies to each button. */
public final class RecallMessages {
  public static final String PREFIX = "recall.";
  public static final String SHOW = "recall.show";
  public static final String REMEMBERED = "recall.remembered";
  public static final String FORGOT = "recall.forgot";

  private RecallMessages() {}

  /** The question; button values are {@code campaignId|lessonId}. */
  public static Message question(Messages say, Lesson lesson, String campaignId) {
    String value = campaignId + "|" + lesson.id();
    return new Message(
        say.text("recall.summary", "question", lesson.recall().question()),
        List.of(
            new Block.Header(say.text("recall.header")),
            new Block.Text(say.text("recall.intro", "title", lesson.title())),
            new Block.Text("*" + lesson.recall().question() + "*"),
            new Block.Buttons(List.of(Button.of(say.text("recall.show"), SHOW, value))),
            new Block.Context(say.text("recall.why"))));
  }

  static Message answer(Messages say, Lesson lesson, String value) {
    return new Message(
        say.text("recall.answer", "answer", lesson.recall().answer()),
        List.of(
            new Block.Text("*" + lesson.recall().question() + "*"),
            new Block.Text(lesson.recall().answer()),
            new Block.Text(say.text("recall.did-you")),
            new Block.Buttons(
                List.of(
                    new Button(
                        say.text("recall.remembered"), REMEMBERED, value, Button.Style.PRIMARY),
                    Button.of(say.text("recall.not-quite"), FORGOT, value)))));
  }

  static Message remembered(Messages say) {
    return Message.text(say.text("recall.nice"));
  }

  static Message forgot(Messages say) {
    return Message.text(say.text("recall.later"));
  }
}
