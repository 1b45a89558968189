package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.allybot.core.MessageRef;
import org.allybot.core.Recipient;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.recognition.Recognition;
import org.allybot.core.recognition.SharingPreference;
import org.allybot.teams.card.AdaptiveCards;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Recognition in Teams: {@code ally thanks} with an {@code <at>} mention, the recipient's note as
 * an Adaptive Card, and the "Recognise allyship" message action (a task module with the core's
 * form, quoting the message only when ticked).
 */
@ExtendWith(EmbeddedRedisExtension.class)
class ThanksInTeamsTest {
  static final FakeMember SAM = FakeMember.numbered(3);

  @RegisterExtension static final PerTest<TeamsHarness> HARNESS = TeamsHarness.perTest();
  private final TeamsHarness h;

  ThanksInTeamsTest(TeamsHarness h) {
    this.h = h;
  }

  private List<Recognition> stored() {
    return h.bot.context().recognition().store().all(TeamsHarness.WORKSPACE);
  }

  private JsonNode fetch(FakeMember author, String html) {
    TeamsResponse r =
        h.send(
            h.activities.fetchTask(
                TeamsHarness.ALEX, ThanksMessageAction.COMMAND_ID, author, html));
    assertThat(r.status()).isEqualTo(200);
    return SentCards.json(r.body());
  }

  /** The task module's submit data with the giver's answers filled in, as Teams sends it. */
  private static ObjectNode answers(JsonNode task, String what, String sense, String quote) {
    JsonNode card = task.at("/task/value/card/content");
    JsonNode action = card.findParent("actions").path("actions").get(0);
    assertThat(action.path("type").asText()).isEqualTo("Action.Submit");
    ObjectNode data = ((ObjectNode) action.path("data")).deepCopy();
    // Teams adds every input's value to the submit data: the people picker's too.
    String recipient =
        card.findParents("id").stream()
            .filter(n -> n.path("id").asText().equals("recipient"))
            .findFirst()
            .orElseThrow()
            .path("value")
            .asText();
    data.put("recipient", recipient).put("what", what).put("sense", sense);
    data.put("public", "no").put("quote", quote);
    return data;
  }

  private JsonNode submit(ObjectNode data) {
    TeamsResponse r =
        h.send(h.activities.submitAction(TeamsHarness.ALEX, ThanksMessageAction.COMMAND_ID, data));
    assertThat(r.status()).isEqualTo(200);
    return SentCards.json(r.body());
  }

  private String composedNote(Delivery d) {
    JsonNode card = AdaptiveCards.render(((Composed.Send) h.bot.composer().compose(d)).message());
    return SentCards.text(card);
  }

  @Test
  void thanksWithAnAtMentionReachesTheMentionedPersonAsACard() {
    h.connector.addMembers(TeamsActivities.personalConversation(TeamsHarness.ALEX), List.of(SAM));
    h.send(
        h.activities.personalMessageMentioning(
            TeamsHarness.ALEX,
            "ally thanks ",
            SAM,
            " for making room in the retro --sense listen"));

    assertThat(stored())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.recipientId()).isEqualTo(SAM.aadObjectId());
          assertThat(r.what()).isEqualTo("making room in the retro");
        });
    List<JsonNode> cards = h.connector.calls(Kind.SEND).stream().map(SentCards::card).toList();
    assertThat(SentCards.text(cards.getLast())).contains("filed under **Listen to others**");
    Delivery note =
        h.outbox.stream()
            .filter(d -> d.kind() == Delivery.Kind.RECOGNITION)
            .findFirst()
            .orElseThrow();
    assertThat(composedNote(note))
        .contains("You've been thanked")
        .contains("thanked you for: making room in the retro")
        .contains("**Listen to others**: making room for someone's experience");
  }

  @Test
  void thanksToATypedNameTeamsDoesNotKnowGetsAClearError() {
    h.say(TeamsHarness.ALEX, "ally thanks @nobody for the help --sense act");

    JsonNode answer = SentCards.card(h.connector.calls(Kind.SEND).getLast());
    assertThat(SentCards.text(answer)).contains("I can't find @nobody in this workspace");
    assertThat(stored()).isEmpty();
  }

  @Test
  void thanksToABotIsRefused() {
    h.say(TeamsHarness.ALEX, "ally thanks @28:some-bot for the reminders --sense act");

    assertThat(SentCards.text(SentCards.card(h.connector.calls(Kind.SEND).getLast())))
        .contains("Bots don't need thanks");
    assertThat(stored()).isEmpty();
  }

  @Test
  void theMessageActionOpensATaskModuleWithTheFormForTheAuthor() {
    JsonNode task = fetch(SAM, "<p>Let&#39;s hear from Ola <b>before</b> we decide.</p>");

    assertThat(task.at("/task/type").asText()).isEqualTo("continue");
    assertThat(task.at("/task/value/title").asText()).isEqualTo("Recognise allyship");
    JsonNode card = task.at("/task/value/card/content");
    assertThat(task.at("/task/value/card/contentType").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(card.findValuesAsText("id"))
        .contains("recipient", "what", "sense", "public", "quote");
    JsonNode picker =
        card.findParents("id").stream()
            .filter(n -> n.path("id").asText().equals("recipient"))
            .findFirst()
            .orElseThrow();
    assertThat(picker.path("type").asText()).isEqualTo("Input.ChoiceSet");
    assertThat(picker.at("/choices.data/dataset").asText()).isEqualTo("graph.microsoft.com/users");
    assertThat(picker.path("value").asText()).isEqualTo(SAM.aadObjectId());
    assertThat(picker.at("/choices/0/title").asText()).isEqualTo(SAM.name());
    JsonNode data = card.findParent("actions").path("actions").get(0).path("data");
    assertThat(data.path("allybot").path("spec").path("formId").asText())
        .isEqualTo("thanks.form|" + SAM.aadObjectId());
    assertThat(data.path(ThanksMessageAction.QUOTE_KEY).asText())
        .isEqualTo("Let's hear from Ola before we decide.");
  }

  @Test
  void submittingTheTaskSendsTheThanksAndQuotesOnlyWhenTicked() {
    JsonNode task = fetch(SAM, "<p>Let's hear from Ola first.</p>");

    JsonNode first = submit(answers(task, "Inviting Ola in", "listen", "no"));
    submit(answers(task, "Inviting Ola in again", "listen", "yes"));

    assertThat(first.at("/task/type").asText()).isEqualTo("message");
    assertThat(first.at("/task/value").asText()).startsWith("Sent to");
    assertThat(stored())
        .extracting(Recognition::quote)
        .containsExactly("", "Let's hear from Ola first.");
    assertThat(stored()).extracting(Recognition::recipientId).containsOnly(SAM.aadObjectId());
  }

  @Test
  void aSubmitTeamsSendsAgainIsAnsweredAsATaskAndSendsOnce() {
    JsonNode task = fetch(SAM, "<p>x</p>");
    ObjectNode activity =
        h.activities.submitAction(
            TeamsHarness.ALEX,
            ThanksMessageAction.COMMAND_ID,
            answers(task, "Inviting Ola in", "listen", "no"));

    h.send(activity);
    JsonNode again = SentCards.json(h.send(activity).body());

    assertThat(again.at("/task/type").asText()).isEqualTo("message");
    assertThat(again.at("/task/value").asText()).isEqualTo("Already done.");
    assertThat(stored()).hasSize(1);
    assertThat(h.outbox.stream().filter(d -> d.kind() == Delivery.Kind.RECOGNITION)).hasSize(1);
  }

  @Test
  void anOversizedDeedShowsTheTaskAgainWithTheError() {
    JsonNode task = fetch(SAM, "<p>x</p>");

    JsonNode again = submit(answers(task, "y".repeat(1001), "act", "no"));

    assertThat(again.at("/task/type").asText()).isEqualTo("continue");
    assertThat(again.at("/task/value/card/content").toString())
        .contains("That's a long thanks (1001 characters");
    assertThat(stored()).isEmpty();
  }

  @Test
  void theActionOnAnAppsMessageOrYourOwnSaysWhy() {
    assertThat(fetch(null, "<p>Build passed</p>").at("/task/value").asText())
        .contains("nobody to thank for it");
    assertThat(fetch(TeamsHarness.ALEX, "<p>mine</p>").at("/task/value").asText())
        .contains("thanks go to someone else");
  }

  @Test
  void aDamagedSubmitChangesNothing() {
    JsonNode answer = submit((ObjectNode) SentCards.json("{\"allybot\":{\"kind\":\"form\"}}"));

    assertThat(answer.at("/task/value").asText())
        .isEqualTo("That form does not belong to Allybot.");
    assertThat(stored()).isEmpty();
  }

  @Test
  void theRecipientTakesASharedThanksDownAndItsChannelPostIsDeleted() throws Exception {
    h.send(h.activities.botAddedToTeam(TeamsHarness.ADMIN));
    var store = h.bot.context().recognition().store();
    store.setChannel(TeamsHarness.WORKSPACE, TeamsActivities.TEAM);
    store.setPreference(TeamsHarness.user(SAM), SharingPreference.ALWAYS);
    submit(
        answers(fetch(SAM, "<p>Ola first</p>"), "Making room", "listen", "no")
            .put("public", "yes"));
    List<Delivery> deliveries =
        h.outbox.stream().filter(d -> d.kind() == Delivery.Kind.RECOGNITION).toList();
    Delivery toChannel = deliveries.stream().filter(d -> !d.isDirect()).findFirst().orElseThrow();
    var message = ((Composed.Send) h.bot.composer().compose(toChannel)).message();
    MessageRef post =
        h.teams
            .platform()
            .send(new Recipient(TeamsHarness.WORKSPACE, TeamsActivities.TEAM), message);
    h.bot.composer().sent(toChannel, post);
    JsonNode note =
        AdaptiveCards.render(
            ((Composed.Send) h.bot.composer().compose(deliveries.getFirst())).message());

    TeamsResponse pressed =
        h.send(h.activities.execute(SAM, SentCards.actionData(note, "Stop sharing it")));

    assertThat(pressed.body()).contains("Taken down");

    ConnectorCall delete = h.connector.calls(Kind.DELETE).getFirst();
    assertThat(delete.conversationId()).isEqualTo(TeamsActivities.TEAM);
    assertThat(delete.activityId()).isEqualTo(post.messageId()).isNotEmpty();
    assertThat(delete.succeeded()).isTrue();
    assertThat(stored().getFirst().state()).isEqualTo(Recognition.State.WITHDRAWN);
  }

  @Test
  void theGiverPicksAnotherRecipientInThePeoplePicker() {
    FakeMember bob = FakeMember.numbered(4);
    JsonNode task = fetch(SAM, "<p>Bob asked Ola first.</p>");

    JsonNode done =
        submit(
            answers(task, "Asking Ola first", "listen", "no").put("recipient", bob.aadObjectId()));

    assertThat(done.at("/task/value").asText()).startsWith("Sent to");
    assertThat(stored())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.recipientId()).isEqualTo(bob.aadObjectId());
          assertThat(r.quote()).isEmpty();
        });
  }

  @Test
  void pickingYourselfShowsTheTaskAgainWithTheErrorUnderTheRecipient() {
    JsonNode task = fetch(SAM, "<p>x</p>");

    JsonNode again =
        submit(
            answers(task, "Asking Ola first", "listen", "no")
                .put("recipient", TeamsHarness.ALEX.aadObjectId()));

    assertThat(again.at("/task/type").asText()).isEqualTo("continue");
    assertThat(again.at("/task/value/card/content").toString())
        .contains("That's kind, but thanks go to someone else.");
    assertThat(stored()).isEmpty();
  }
}
