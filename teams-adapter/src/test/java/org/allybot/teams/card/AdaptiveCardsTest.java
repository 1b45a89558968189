package org.allybot.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.allybot.content.ContentLoader;
import org.allybot.content.Curriculum;
import org.allybot.content.Localized;
import org.allybot.content.Scenario;
import org.allybot.core.campaign.CampaignForm;
import org.allybot.core.command.HelpText;
import org.allybot.core.language.Messages;
import org.allybot.core.lesson.LessonMessages;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.poll.PollMessages;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.Test;

class AdaptiveCardsTest {
  static final Curriculum CURRICULUM = ContentLoader.builtIn().curriculum();

  private static Scenario scenario() {
    return CURRICULUM.scenarios().get(0);
  }

  static Message poll() {
    return PollMessages.poll(
        Messages.english(), new Localized<>(scenario(), false), scenario().opening(), "pilot");
  }

  static Message feedback() {
    return feedback(4, 3);
  }

  static Message feedback(long forChosen, long forFirst) {
    Scenario s = scenario();
    var option = s.opening().options().get(1);
    return PollMessages.feedback(
        Messages.english(),
        new Localized<>(s, false),
        s.opening(),
        new PollChoice("pilot", s.id(), s.opening().id(), option.id()),
        Map.of(option.id(), forChosen, s.opening().options().get(0).id(), forFirst));
  }

  static Message everyBlock() {
    return Message.of(
        "All blocks",
        new Block.Header("A header"),
        new Block.Text(
            "Some *bold* text, a `/ally poll` command and <https://example.org|a link>."),
        new Block.Divider(),
        new Block.Choices(
            List.of(Button.of("One", "poll.answer", "1"), Button.of("Two", "poll.answer", "2")),
            "2"),
        new Block.Buttons(
            List.of(
                new Button("Go", "x.go", "g", Button.Style.PRIMARY),
                new Button("Stop", "x.stop", "s", Button.Style.DANGER),
                Button.of("Maybe", "x.maybe", "m"))),
        new Block.Context("Small print"),
        CampaignForm.form(Messages.english()));
  }

  static List<Message> samples() {
    return List.of(
        poll(),
        feedback(),
        LessonMessages.lesson(
            Messages.english(), new Localized<>(CURRICULUM.lessons().get(0), false), "pilot"),
        LessonMessages.checkIn(Messages.english(), CURRICULUM.lessons().get(0), ""),
        HelpText.help(true),
        MemberDirectory.introduction("https://allybot.example.org/privacy"),
        Message.text("Plain words."),
        everyBlock());
  }

  @Test
  void everyCardKeepsTheRulesOfAdaptiveCards15() {
    for (Message m : samples()) {
      assertThat(AdaptiveCardRules.check(AdaptiveCards.render(m))).as(m.summary()).isEmpty();
    }
  }

  @Test
  void formsKeepTheRulesWithAndWithoutErrors() {
    Block.Form form = CampaignForm.form(Messages.english());
    assertThat(AdaptiveCardRules.check(FormCards.render(form, Map.of(), Map.of()))).isEmpty();
    ObjectNode withErrors =
        FormCards.render(
            form,
            Map.of("name", "", "mandatory", "yes", "level", "starter"),
            Map.of("name", "Give the campaign a name.", "polls", "Days like mon,wed."));
    assertThat(AdaptiveCardRules.check(withErrors)).isEmpty();
    String text = SentCards.text(withErrors);
    assertThat(text).contains("Give the campaign a name.").contains("Days like mon,wed.");
    assertThat(text).contains("Please fix the fields marked below");
  }

  @Test
  void theRulesThemselvesCatchBrokenCards() {
    ObjectNode card = AdaptiveCards.render(Message.text("x"));
    ((ObjectNode) card.get("body").get(0)).put("type", "Input.Rating");
    card.put("version", "1.6");
    assertThat(AdaptiveCardRules.check(card))
        .contains("version is 1.5", "unknown element type 'Input.Rating'");
  }

  @Test
  void pollOptionsAnswerThroughExecuteWithASubmitFallback() {
    JsonNode card = AdaptiveCards.render(poll());
    var rows = new java.util.ArrayList<JsonNode>();
    card.path("body")
        .forEach(e -> {
          if (e.has("selectAction")) {
            rows.add(e);
          }
        });

    assertThat(rows).hasSize(scenario().opening().options().size());
    for (JsonNode row : rows) {
      JsonNode action = row.get("selectAction");
      assertThat(action.path("type").asText()).isEqualTo("Action.Execute");
      assertThat(action.path("fallback").path("type").asText()).isEqualTo("Action.Submit");
      var pressed = (CardActions.Pressed.Choice) CardActions.read(action.get("data")).orElseThrow();
      assertThat(pressed.action()).isEqualTo(PollMessages.ANSWER);
    }
  }

  @Test
  void feedbackMarksTheChosenOptionAndShowsTheTakeaway() {
    JsonNode card = AdaptiveCards.render(feedback());
    String text = SentCards.text(card);

    assertThat(text).contains(" ✓").contains("**Takeaway:**").contains("**You chose:**");
    assertThat(text).contains("(7 answers)").contains(": 57%");
    assertThat(SentCards.text(AdaptiveCards.render(feedback(2, 2))))
        .contains("not enough responses yet")
        .doesNotContain("%");
  }

  @Test
  void lessonsHaveTheirFeedbackButtons() {
    JsonNode card =
        AdaptiveCards.render(
            LessonMessages.lesson(
                Messages.english(), new Localized<>(CURRICULUM.lessons().get(0), false), "pilot"));

    for (String label : List.of("Got it", "Not for me", "I'll try this")) {
      var pressed =
          (CardActions.Pressed.Choice)
              CardActions.read(SentCards.actionData(card, label)).orElseThrow();
      assertThat(pressed.action()).startsWith("lesson.");
      assertThat(pressed.value()).isEqualTo("pilot|" + CURRICULUM.lessons().get(0).id());
    }
  }

  @Test
  void buttonStylesFollowTheCoreStyles() {
    String card = AdaptiveCards.render(everyBlock()).toString();
    assertThat(card).contains("\"title\":\"Stop\",\"verb\":\"allybot\"");
    assertThat(card).contains("\"style\":\"destructive\"").contains("\"style\":\"positive\"");
  }

  @Test
  void chatMarkupBecomesTeamsMarkdown() {
    assertThat(CardText.markdown("*Takeaway:* be kind")).isEqualTo("**Takeaway:** be kind");
    assertThat(CardText.markdown("Use `/ally poll` now")).isEqualTo("Use **ally poll** now");
    assertThat(CardText.markdown("See <https://x.org/p|the page>"))
        .isEqualTo("See [the page](https://x.org/p)");
    assertThat(CardText.markdown("<@abc> and <#19:x@thread.tacv2|allies>"))
        .isEqualTo("@abc and #allies");
    assertThat(CardText.markdown("a\nb")).isEqualTo("a\n\nb");
    assertThat(CardText.markdown("2 * 3 * 4")).isEqualTo("2 * 3 * 4");
  }

  @Test
  void aHugeMessageIsShortenedToFitTeamsLimit() {
    String paragraph = "Allyship is a practice, not an identity. ".repeat(400);
    Message huge =
        Message.of(
            "Huge",
            new Block.Header("Huge"),
            new Block.Text(paragraph),
            new Block.Text(paragraph),
            new Block.Text("ünïcødé ✓ ".repeat(2000)),
            new Block.Buttons(List.of(Button.of("Got it", "lesson.got-it", "v"))));

    ObjectNode card = AdaptiveCards.render(huge);

    assertThat(CardSize.bytes(card)).isLessThanOrEqualTo(CardSize.CARD_BUDGET);
    assertThat(AdaptiveCardRules.check(card)).isEmpty();
    assertThat(SentCards.text(card)).contains("…");
    assertThat(card.toString()).contains("Got it");
  }

  @Test
  void theQuickSizeBoundIsNeverBelowTheTrueSize() {
    for (Message m : samples()) {
      ObjectNode card = AdaptiveCards.render(m);
      assertThat(CardSize.upperBound(card))
          .as(m.summary())
          .isGreaterThanOrEqualTo(CardSize.bytes(card));
    }
    ObjectNode escapes = AdaptiveCards.render(Message.text("\"\\\u0001 é ✓ 😀".repeat(50)));
    assertThat(CardSize.upperBound(escapes)).isGreaterThanOrEqualTo(CardSize.bytes(escapes));
  }
}
