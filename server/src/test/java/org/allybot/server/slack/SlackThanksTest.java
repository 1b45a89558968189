package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.ADMIN;
import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.allybot.core.recognition.Recognition;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Recognition in Slack, end to end: {@code /ally thanks} with its Block Kit answer and buttons, the
 * recipient's direct message, consent before the channel post, and the "Recognise allyship" message
 * shortcut.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackThanksTest {
  static final String SAM = "U0SAM000001";
  static final String KUDOS = "C0KUDOS0001";

  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackThanksTest(SlackServerHarness h) {
    this.h = h;
  }

  private JsonNode command(String user, String text) throws Exception {
    HttpResponse<String> r =
        h.post(
            SlackPayloads.command(
                FakeSlackApi.TEAM, user, text, h.slack.responseUrl("cmd-" + user), trigger()));
    assertThat(r.statusCode()).isEqualTo(200);
    return SlackServerHarness.json(r.body());
  }

  private static List<JsonNode> buttons(JsonNode blocks) {
    return blocks.findParents("action_id").stream()
        .filter(b -> b.path("type").asText().equals("button"))
        .toList();
  }

  private HttpResponse<String> click(String user, JsonNode button, String responseUrl)
      throws Exception {
    return h.post(
        SlackPayloads.blockAction(
            FakeSlackApi.TEAM,
            user,
            button.path("action_id").asText(),
            button.path("value").asText(),
            responseUrl,
            trigger(),
            false));
  }

  /** The blocks of the messages posted to {@code channel}, once there are {@code count}. */
  private List<JsonNode> postsTo(String channel, int count) {
    await().atMost(Duration.ofSeconds(10)).until(() -> posts(channel).size() >= count);
    return posts(channel).stream().map(c -> c.json("blocks")).toList();
  }

  private List<SlackCall> posts(String channel) {
    return h.slack.calls("chat.postMessage").stream()
        .filter(c -> c.param("channel").equals(channel))
        .toList();
  }

  private List<Recognition> stored() {
    return h.server
        .runtime()
        .bot()
        .context()
        .recognition()
        .store()
        .all(SlackServerHarness.WORKSPACE);
  }

  @Test
  void thanksWithoutASenseAnswersTheGiverWithTheSuggestionAndSixSenseButtons() throws Exception {
    JsonNode answer = command(MEMBER, "thanks <@" + SAM + "|sam> for listening to me");

    assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(answer.path("blocks").toString())
        .contains("This sounds like *Listen to others* to me (because of \\\"listen\\\")");
    List<JsonNode> buttons = buttons(answer.path("blocks"));
    assertThat(buttons).hasSize(6);
    assertThat(buttons.getFirst().path("text").path("text").asText())
        .isEqualTo("Send as Listen to others");
    assertThat(buttons.getFirst().path("style").asText()).isEqualTo("primary");

    String url = h.slack.responseUrl("sense");
    click(MEMBER, buttons.getFirst(), url);
    click(MEMBER, buttons.getFirst(), url);

    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("response_url") >= 1);
    SlackCall replaced = h.slack.calls("response_url").getFirst();
    assertThat(replaced.param("replace_original")).isEqualTo("true");
    assertThat(replaced.param("blocks")).contains("filed under *Listen to others*");
    JsonNode note = postsTo("D" + SAM, 1).getFirst();
    assertThat(note.get(0).path("type").asText()).isEqualTo("header");
    assertThat(note.get(0).path("text").path("text").asText()).isEqualTo("You've been thanked");
    assertThat(note.toString())
        .contains("<@" + MEMBER + "> thanked you for: listening to me")
        .contains("*Listen to others*: making room for someone's experience");
    // A later thanks arrives after anything the double click could have queued.
    command(MEMBER, "thanks <@" + SAM + "> for the notes --sense act");
    postsTo("D" + SAM, 2);
    assertThat(posts("D" + SAM)).hasSize(2);
  }

  @Test
  void publicThanksIsPostedToTheChannelOnlyAfterTheRecipientSaysYes() throws Exception {
    command(ADMIN, "thanks channel <#" + KUDOS + "|kudos>");
    command(MEMBER, "help"); // the one-time introduction comes with the first answer
    JsonNode answer =
        command(MEMBER, "thanks <@" + SAM + "> for speaking up --sense speak --public");
    assertThat(answer.toString()).contains("If they agree, it will also be posted in <#" + KUDOS);

    JsonNode note = postsTo("D" + SAM, 1).getFirst();
    List<JsonNode> buttons = buttons(note);
    assertThat(buttons)
        .extracting(b -> b.path("text").path("text").asText())
        .containsExactly("Yes, share it", "Always share my thanks", "Keep it private");
    assertThat(posts(KUDOS)).isEmpty();

    click(SAM, buttons.getFirst(), h.slack.responseUrl("share"));

    JsonNode post = postsTo(KUDOS, 1).getFirst();
    assertThat(post.toString())
        .contains("<@" + MEMBER + "> thanked <@" + SAM + "> for: speaking up")
        .contains("Speak out: saying something when staying quiet would have been easier.");
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("response_url") >= 1);
    assertThat(h.slack.calls("response_url").getFirst().param("blocks"))
        .contains("Shared in <#" + KUDOS + ">");
  }

  @Test
  void theRecipientTakesASharedThanksDownAndSlackDeletesTheChannelPost() throws Exception {
    command(ADMIN, "thanks channel <#" + KUDOS + "|kudos>");
    command(MEMBER, "help");
    command(MEMBER, "thanks <@" + SAM + "> for speaking up --sense speak --public");
    JsonNode note = postsTo("D" + SAM, 1).getFirst();
    click(SAM, buttons(note).getFirst(), h.slack.responseUrl("share"));
    postsTo(KUDOS, 1);
    String ts = h.slack.posted(KUDOS).getFirst().ts();
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("response_url") >= 1);
    JsonNode shared = h.slack.calls("response_url").getFirst().json("blocks");
    JsonNode stop = buttons(shared).getFirst();
    assertThat(stop.path("text").path("text").asText()).isEqualTo("Stop sharing it");

    click(SAM, stop, h.slack.responseUrl("stop"));

    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("chat.delete") >= 1);
    SlackCall delete = h.slack.calls("chat.delete").getFirst();
    assertThat(delete.param("channel")).isEqualTo(KUDOS);
    assertThat(delete.param("ts")).isEqualTo(ts);
    assertThat(h.slack.posted(KUDOS)).isEmpty();
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("response_url") >= 2);
    assertThat(h.slack.calls("response_url").getLast().param("blocks"))
        .contains("Taken down from <#" + KUDOS + "> and left out of the digest");
    assertThat(stored().getFirst().state()).isEqualTo(Recognition.State.WITHDRAWN);
  }

  @Test
  void theSixthThanksOfTheDayIsRefusedWithWhenItResets() throws Exception {
    for (int i = 1; i <= 5; i++) {
      assertThat(command(MEMBER, "thanks <@" + SAM + "> for help number " + i + " --sense act"))
          .asString()
          .contains("Sent to <@" + SAM + ">");
    }

    JsonNode sixth = command(MEMBER, "thanks <@" + SAM + "> for one more --sense act");

    assertThat(sixth.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(sixth.toString())
        .contains("You've given 5 thanks today, which is the daily limit, so this one wasn't sent.")
        .contains("It resets tomorrow");
    assertThat(stored()).hasSize(5);
  }

  @Test
  void botsAndUnknownUsersAreRefusedWithWhatToDo() throws Exception {
    h.slack.bot("U0SOMEBOT01").missingUser("U0NOBODY001");

    assertThat(command(MEMBER, "thanks <@U0SOMEBOT01> for the reminders --sense act").toString())
        .contains("Bots don't need thanks");
    assertThat(command(MEMBER, "thanks <@U0NOBODY001> for the help --sense act").toString())
        .contains("I can't find @U0NOBODY001 in this workspace, so nothing was sent.")
        .contains("pick them from the @ list as you type");
    // Typed without picking from the list, Slack sends the plain text; users.info knows nobody.
    h.slack.missingUser("nobody");
    assertThat(command(MEMBER, "thanks @nobody for the help --sense act").toString())
        .contains("I can't find @nobody in this workspace");
    assertThat(command(MEMBER, "thanks <@" + MEMBER + "> for me --sense act").toString())
        .contains("thanks go to someone else");
    assertThat(stored()).isEmpty();
  }

  @Test
  void theMessageShortcutOpensTheFormForTheAuthorAndQuotesOnlyWhenTicked() throws Exception {
    var message = SlackPayloads.message(SAM, "Let's hear from Ola before we decide.");

    h.post(
        SlackPayloads.shortcut(
            FakeSlackApi.TEAM, MEMBER, "recognise_allyship", trigger(), message));

    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    JsonNode view = h.slack.calls("views.open").getFirst().json("view");
    assertThat(view.path("callback_id").asText()).isEqualTo("thanks.form|" + SAM);
    assertThat(view.path("title").path("text").asText()).isEqualTo("Recognise allyship");
    assertThat(view.path("blocks").findValuesAsText("block_id"))
        .containsExactly("recipient", "what", "sense", "public", "quote");
    assertThat(view.at("/blocks/0/element/type").asText()).isEqualTo("users_select");
    assertThat(view.at("/blocks/0/element/initial_user").asText()).isEqualTo(SAM);
    assertThat(view.at("/blocks/4/element/initial_option/value").asText()).isEqualTo("no");
    String metadata = view.path("private_metadata").asText();
    assertThat(metadata).contains("Let's hear from Ola");

    submit(metadata, "no");
    submit(metadata, "yes");

    assertThat(stored())
        .extracting(Recognition::quote)
        .containsExactly("", "Let's hear from Ola before we decide.");
    assertThat(postsTo("D" + SAM, 2).get(1).toString())
        .contains("_They quoted:_ \u201cLet's hear from Ola before we decide.\u201d");
  }

  @Test
  void theShortcutOnAnAppsMessageExplainsThereIsNobodyToThank() throws Exception {
    var message = SlackPayloads.message("U0X", "x");
    message.remove("user");
    message.put("bot_id", "B0WORKFLOW1");

    h.post(
        SlackPayloads.shortcut(
            FakeSlackApi.TEAM, MEMBER, "recognise_allyship", trigger(), message));

    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    assertThat(h.slack.calls("views.open").getFirst().json("view").toString())
        .contains("there is nobody to thank for it");
  }

  @Test
  void anOversizedDeedKeepsTheModalOpenWithTheError() throws Exception {
    HttpResponse<String> r =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                MEMBER,
                "thanks.form|" + SAM,
                Map.of("what", "x".repeat(1001), "sense", "act", "public", "no"),
                "{}",
                trigger()));

    JsonNode body = SlackServerHarness.json(r.body());
    assertThat(body.path("response_action").asText()).isEqualTo("errors");
    assertThat(body.path("errors").path("what").asText())
        .startsWith("That's a long thanks (1001 characters");
    assertThat(stored()).isEmpty();
  }

  private void submit(String metadata, String quote) throws Exception {
    HttpResponse<String> r =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                MEMBER,
                "thanks.form|" + SAM,
                Map.of(
                    "what", "Inviting Ola in", "sense", "listen", "public", "no", "quote", quote),
                metadata,
                trigger()));
    assertThat(r.statusCode()).isEqualTo(200);
  }

  /** One input's state as Slack sends it in {@code view.state.values}. */
  private static void input(ObjectNode values, String id, String type, String field, Object v) {
    ObjectNode element = values.putObject(id).putObject(id).put("type", type);
    if (v instanceof String s) {
      element.put(field, s);
    } else {
      element.set(field, (JsonNode) v);
    }
  }

  private static ObjectNode option(String value) {
    ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    o.putObject("text").put("type", "plain_text").put("text", value).put("emoji", true);
    o.put("value", value);
    return o;
  }

  @Test
  void theGiverPicksAnotherRecipientInTheShortcutsUserPicker() throws Exception {
    String bob = "U0BOB000001";
    h.post(
        SlackPayloads.shortcut(
            FakeSlackApi.TEAM,
            MEMBER,
            "recognise_allyship",
            trigger(),
            SlackPayloads.message(SAM, "Bob asked Ola for her view first.")));
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    JsonNode view = h.slack.calls("views.open").getFirst().json("view");
    ObjectNode values = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    input(values, "recipient", "users_select", "selected_user", bob);
    input(values, "what", "plain_text_input", "value", "Asking Ola first");
    input(values, "sense", "static_select", "selected_option", option("listen"));
    input(values, "public", "radio_buttons", "selected_option", option("no"));
    input(values, "quote", "radio_buttons", "selected_option", option("no"));

    HttpResponse<String> r =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                MEMBER,
                view.path("callback_id").asText(),
                values,
                view.path("private_metadata").asText(),
                trigger()));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(stored())
        .singleElement()
        .satisfies(rec -> {
          assertThat(rec.recipientId()).isEqualTo(bob);
          assertThat(rec.quote()).isEmpty();
        });
    assertThat(postsTo("D" + bob, 1).getFirst().toString())
        .contains("thanked you for: Asking Ola first")
        .doesNotContain("They quoted");
  }

  @Test
  void pickingYourselfInThePickerKeepsTheModalOpenWithTheError() throws Exception {
    ObjectNode values = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    input(values, "recipient", "users_select", "selected_user", MEMBER);
    input(values, "what", "plain_text_input", "value", "Asking Ola first");
    input(values, "sense", "static_select", "selected_option", option("listen"));
    input(values, "public", "radio_buttons", "selected_option", option("no"));

    HttpResponse<String> r =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM, MEMBER, "thanks.form|" + SAM, values, "{}", trigger()));

    JsonNode body = SlackServerHarness.json(r.body());
    assertThat(body.path("response_action").asText()).isEqualTo("errors");
    assertThat(body.path("errors").path("recipient").asText())
        .startsWith("That's kind, but thanks go to someone else.");
    assertThat(stored()).isEmpty();
  }
}
