package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.allybot.core.survey.SurveyRound;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surveys and the campaign report in Teams, over HTTP: questions as cards with a button per answer,
 * free text in an {@code Input.Text} card, the report in the admin's personal chat.
 */
class TeamsSurveyEndToEndTest {
  @TempDir static Path data;
  static ServedTeams teams;

  @BeforeAll
  static void start() {
    teams = new ServedTeams(data);
  }

  @AfterAll
  static void stop() {
    teams.close();
  }

  /** The first card sent to the member's personal chat whose text contains {@code text}. */
  private static JsonNode cardSaying(FakeMember m, String text) throws Exception {
    String chat = TeamsActivities.personalConversation(m);
    List<ConnectorCall> calls =
        teams.connector.await(
            c ->
                c.kind() == Kind.SEND
                    && c.conversationId().equals(chat)
                    && SentCards.text(SentCards.card(c)).contains(text),
            1,
            Duration.ofSeconds(20));
    return SentCards.card(calls.getFirst());
  }

  private static JsonNode press(FakeMember m, JsonNode card, String label) throws Exception {
    return pressWith(m, SentCards.actionData(card, label));
  }

  private static JsonNode pressWith(FakeMember m, JsonNode data) throws Exception {
    return SentCards.json(teams.send(teams.activities.execute(m, data)).body()).path("value");
  }

  @Test
  void aMemberJoinsAnswersInCardsAndWritesFreeTextInAnInputTextCard() throws Exception {
    FakeMember m = FakeMember.numbered(301);
    teams.send(teams.activities.personalMessage(m, "help"));
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN,
            "campaign create Survey pilot --end "
                + today
                + " --polls mon,tue,wed,thu,fri,sat,sun@00:00"));

    JsonNode joined = press(m, cardSaying(m, "You're invited to"), "Join");
    assertThat(SentCards.text(joined)).contains("You're in");
    JsonNode first = cardSaying(m, "Question 1 of 7");
    JsonNode second = press(m, first, "4 · Agree");
    assertThat(SentCards.text(second)).contains("Question 2 of 7");

    teams.served.runtime().bot().sendDueSurveys();
    JsonNode feedback = cardSaying(m, "What helped you most");
    JsonNode form = press(m, feedback, "Write my answer");
    assertThat(form.toString()).contains("\"type\":\"Input.Text\"").contains("isMultiline");
    ObjectNode answer = (ObjectNode) SentCards.actionData(form, "Send").deepCopy();
    answer.put("answer", "The polls, because they felt real.");
    JsonNode next = pressWith(m, answer);

    assertThat(SentCards.text(next)).contains("Question 2 of 2");
    assertThat(
            teams
                .served
                .runtime()
                .bot()
                .context()
                .surveys()
                .answers()
                .texts(ServedTeams.WORKSPACE, "survey-pilot", SurveyRound.FEEDBACK, "helped-most"))
        .containsExactly("The polls, because they felt real.");
  }

  @Test
  void theReportReachesOnlyTheAdminsPersonalChat() throws Exception {
    FakeMember member = FakeMember.numbered(302);
    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN, "campaign create Reported --end 2099-01-01"));

    teams.send(teams.activities.personalMessage(ServedTeams.ADMIN, "campaign report Reported"));
    teams.send(teams.activities.personalMessage(member, "campaign report Reported"));

    assertThat(SentCards.text(cardSaying(ServedTeams.ADMIN, "Campaign report: Reported")))
        .contains("Enrolled: fewer than 5")
        .contains("Have at least one ally at work");
    assertThat(SentCards.text(cardSaying(member, "Only Allybot admins can do that"))).isNotEmpty();
  }
}
