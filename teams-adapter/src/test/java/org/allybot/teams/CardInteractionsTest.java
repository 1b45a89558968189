package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.allybot.core.campaign.Campaign;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Polls, lessons and forms, answered through cards: universal actions and their fallback. */
@ExtendWith(EmbeddedRedisExtension.class)
class CardInteractionsTest {
  @RegisterExtension static final PerTest<TeamsHarness> HARNESS = TeamsHarness.perTest();
  private final TeamsHarness h;

  CardInteractionsTest(TeamsHarness h) {
    this.h = h;
  }

  /** The last card the bot posted in 1:1 chats, and the call that posted it. */
  private ConnectorCall lastCard() {
    List<ConnectorCall> sends = h.connector.calls(Kind.SEND);
    return sends.get(sends.size() - 1);
  }

  private static JsonNode invokeValue(TeamsResponse response) {
    assertThat(response.status()).isEqualTo(200);
    return SentCards.json(response.body());
  }

  @Test
  void aPollIsAnsweredThroughAnInvokeAndTheCardRefreshesInPlace() {
    h.say(TeamsHarness.ALEX, "ally poll");
    JsonNode poll = SentCards.card(lastCard());
    assertThat(SentCards.text(poll)).startsWith("What would you do?");
    String option =
        poll.path("body").get(2).path("items").get(0).path("text").asText().substring(2);
    int postsBefore = h.connector.calls(Kind.SEND).size();

    JsonNode response =
        invokeValue(
            h.send(h.activities.execute(TeamsHarness.ALEX, SentCards.actionData(poll, option))));

    assertThat(response.path("statusCode").asInt()).isEqualTo(200);
    assertThat(response.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
    String feedback = SentCards.text(response.path("value"));
    assertThat(feedback)
        .contains("● " + option + " ✓")
        .contains("**Takeaway:**")
        .contains("not enough responses yet");
    assertThat(h.connector.calls(Kind.SEND).size() - postsBefore)
        .as("an opening answer with no follow-up step posts nothing else")
        .isLessThanOrEqualTo(1);
    assertThat(
            h.bot
                .context()
                .practice()
                .stats(TeamsHarness.user(TeamsHarness.ALEX), h.bot.context().today())
                .pollsAnswered())
        .isEqualTo(1);
  }

  @Test
  void theSubmitFallbackUpdatesThePollCard() {
    h.say(TeamsHarness.ALEX, "poll");
    ConnectorCall posted = lastCard();
    JsonNode poll = SentCards.card(posted);
    String cardId = h.connector.calls(Kind.SEND).size() + "";
    JsonNode data = SentCards.actionData(poll, "○");

    TeamsResponse response = h.send(h.activities.submit(TeamsHarness.ALEX, data, "card-" + cardId));

    assertThat(response.status()).isEqualTo(200);
    ConnectorCall update = h.connector.calls(Kind.UPDATE).get(0);
    assertThat(update.activityId()).isEqualTo("card-" + cardId);
    assertThat(SentCards.text(SentCards.card(update))).contains(" ✓");
  }

  @Test
  void lessonButtonsRecordFeedback() {
    h.say(TeamsHarness.ALEX, "lesson");
    JsonNode lesson = SentCards.card(lastCard());

    JsonNode tried =
        invokeValue(
            h.send(
                h.activities.execute(
                    TeamsHarness.ALEX, SentCards.actionData(lesson, "I'll try this"))));
    JsonNode gotIt =
        invokeValue(
            h.send(
                h.activities.execute(TeamsHarness.ALEX, SentCards.actionData(lesson, "Got it"))));

    assertThat(tried.path("type").asText()).isEqualTo(InvokeReplies.MESSAGE_TYPE);
    assertThat(SentCards.text(SentCards.card(lastCard()))).startsWith("Noted: you'll try");
    assertThat(gotIt.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(SentCards.text(gotIt.path("value"))).contains("Got it");
  }

  @Test
  void aFormWithMistakesComesBackWithItsErrorsAndAGoodOneCreatesTheCampaign() {
    h.say(TeamsHarness.ADMIN, "campaign new");
    JsonNode form = SentCards.card(lastCard());
    ObjectNode data = (ObjectNode) SentCards.actionData(form, "Create").deepCopy();
    data.put("name", "");
    data.put("polls", "someday@noon");

    JsonNode refused = invokeValue(h.send(h.activities.execute(TeamsHarness.ADMIN, data)));

    String errors = SentCards.text(refused.path("value"));
    assertThat(refused.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(errors).contains("Please fix the fields").contains("Give the campaign a name");
    assertThat(refused.path("value").toString()).contains("\"value\":\"someday@noon\"");
    assertThat(h.bot.context().campaigns().all(TeamsHarness.WORKSPACE)).isEmpty();

    data.put("name", "Pilot");
    data.put("polls", "mon,wed@10:00");
    JsonNode created = invokeValue(h.send(h.activities.execute(TeamsHarness.ADMIN, data)));

    assertThat(SentCards.text(created.path("value"))).contains("Campaign **Pilot** created");
    assertThat(h.bot.context().campaigns().all(TeamsHarness.WORKSPACE))
        .extracting(Campaign::name)
        .containsExactly("Pilot");
  }

  @Test
  void aMemberCannotSubmitTheAdminForm() {
    h.say(TeamsHarness.ADMIN, "campaign new");
    ObjectNode data =
        (ObjectNode) SentCards.actionData(SentCards.card(lastCard()), "Create").deepCopy();
    data.put("name", "Sneaky");

    h.send(h.activities.execute(TeamsHarness.ALEX, data));

    assertThat(h.bot.context().campaigns().all(TeamsHarness.WORKSPACE)).isEmpty();
  }

  @Test
  void aRepeatedInvokeIsAnsweredWithoutRunningTwice() {
    h.say(TeamsHarness.ALEX, "poll");
    JsonNode data = SentCards.actionData(SentCards.card(lastCard()), "○");
    ObjectNode invoke = h.activities.execute(TeamsHarness.ALEX, data);

    JsonNode first = invokeValue(h.send(invoke));
    JsonNode again = invokeValue(h.send(invoke));

    assertThat(first.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(again.path("type").asText()).isEqualTo(InvokeReplies.MESSAGE_TYPE);
    assertThat(
            h.bot
                .context()
                .practice()
                .stats(TeamsHarness.user(TeamsHarness.ALEX), h.bot.context().today())
                .pollsAnswered())
        .isEqualTo(1);
  }

  @Test
  void dataThatIsNotAllybotsIsRefusedPolitely() {
    ObjectNode foreign = h.activities.execute(TeamsHarness.ALEX, SentCards.json("{\"other\":1}"));

    JsonNode value = invokeValue(h.send(foreign));

    assertThat(value.path("statusCode").asInt()).isEqualTo(400);
    assertThat(value.path("type").asText()).isEqualTo(InvokeReplies.ERROR_TYPE);
  }

  @Test
  void aButtonThatOpensAFormShowsItInPlaceOfTheCard() {
    ObjectNode data =
        SentCards.json(
                "{\"allybot\":{\"kind\":\"choice\",\"action\":\"home.new-campaign\",\"value\":\"new\"}}")
            .deepCopy();

    JsonNode value =
        invokeValue(h.send(h.activities.execute(TeamsHarness.ADMIN, data))).path("value");

    assertThat(SentCards.text(value)).startsWith("New campaign");
    assertThat(value.toString()).contains("\"type\":\"Input.Text\"").contains("\"id\":\"name\"");
  }
}
