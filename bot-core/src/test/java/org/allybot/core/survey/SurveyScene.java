package org.allybot.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/** A campaign with members who join it and answer its surveys through the core's one door. */
public final class SurveyScene {
  /** The skip button's English label. */
  public static final String SKIP =
      org.allybot.core.language.Messages.english().text("survey.skip");

  public final CoreHarness harness;

  public SurveyScene(CoreHarness harness) {
    this.harness = harness;
  }

  /** Creates an optional campaign as the admin {@code boss}, with extra options. */
  public void campaign(String options) {
    harness.say("boss", "campaign create Pilot " + options);
  }

  /** The member presses "Join" on the invitation; the reply carries the baseline's question. */
  public Reply join(String member) {
    return harness.press(member, "campaign.join", "pilot");
  }

  /** The last message of a reply: the survey question, if there is one. */
  public static Message question(Reply reply) {
    return reply.messages().getLast();
  }

  public static Button button(Message message, String label) {
    return message.buttons().stream()
        .filter(b -> b.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + message));
  }

  /** Presses the button labelled {@code label} in {@code reply}'s last message. */
  public Reply press(String member, Reply reply, String label) {
    Button b = button(question(reply), label);
    return harness.press(member, b.action(), b.value());
  }

  /** Answers every remaining question of the round with the Likert {@code likert} or a skip. */
  public Reply answerAll(String member, Reply reply, String likert) {
    return answerAll(member, reply, likert, SKIP);
  }

  /**
   * Answers every remaining question with the first of {@code labels} it has a button for (a Likert
   * answer, a choice), or a skip.
   */
  public Reply answerAll(String member, Reply reply, String... labels) {
    Reply current = reply;
    for (int i = 0; i < 30 && isQuestion(current); i++) {
      Message q = question(current);
      String label =
          java.util.Arrays.stream(labels)
              .filter(l -> q.buttons().stream().anyMatch(b -> b.label().equals(l)))
              .findFirst()
              .orElse(SKIP);
      current = press(member, current, label);
    }
    return current;
  }

  static boolean isQuestion(Reply reply) {
    return !reply.messages().isEmpty()
        && question(reply).buttons().stream()
            .anyMatch(b -> b.value().endsWith("|" + SurveyButton.SKIP));
  }

  /** Composes a queued delivery as the delivery worker would, and returns what it sends. */
  public Message compose(Delivery d) {
    Composed composed = harness.bot.composer().compose(d);
    assertThat(composed).as("composed %s", d.id()).isInstanceOf(Composed.Send.class);
    return ((Composed.Send) composed).message();
  }

  public List<Delivery> queued(Delivery.Kind kind) {
    return harness.outbox.stream().filter(d -> d.kind() == kind).toList();
  }
}
