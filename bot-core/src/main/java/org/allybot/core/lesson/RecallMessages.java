package org.allybot.core.lesson;

import java.util.List;
import org.allybot.content.Lesson;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/** Every text of recall practice: the question, the answer, and the replies to each button. */
public final class RecallMessages {
  public static final String PREFIX = "recall.";
  public static final String SHOW = "recall.show";
  public static final String REMEMBERED = "recall.remembered";
  public static final String FORGOT = "recall.forgot";

  static final String GONE =
      "That question is no longer available. `/ally lesson` has a new lesson.";

  private RecallMessages() {}

  /** The question; button values are {@code campaignId|lessonId}. */
  public static Message question(Lesson lesson, String campaignId) {
    String value = campaignId + "|" + lesson.id();
    return new Message(
        "Quick recall: " + lesson.recall().question(),
        List.of(
            new Block.Header("Quick recall"),
            new Block.Text(
                "A while ago you read \""
                    + lesson.title()
                    + "\". Without looking back, what would you say?"),
            new Block.Text("*" + lesson.recall().question() + "*"),
            new Block.Buttons(List.of(Button.of("Show the answer", SHOW, value))),
            new Block.Context("Bringing a takeaway back from memory helps it stick.")));
  }

  static Message answer(Lesson lesson, String value) {
    return new Message(
        "The answer: " + lesson.recall().answer(),
        List.of(
            new Block.Text("*" + lesson.recall().question() + "*"),
            new Block.Text(lesson.recall().answer()),
            new Block.Text("Did you remember it?"),
            new Block.Buttons(
                List.of(
                    new Button("I remembered", REMEMBERED, value, Button.Style.PRIMARY),
                    Button.of("Not quite", FORGOT, value)))));
  }

  static Message remembered() {
    return Message.text("Nice. That one is sticking.");
  }

  static Message forgot() {
    return Message.text("No problem, that is how memory works. I'll bring this one back later.");
  }
}
