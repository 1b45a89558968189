package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.teams.FakeMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authentic activities that TeamsEndpointPropertiesTest shrank to a failure: each is refused with a
 * 4xx, keeps nothing for its member, and leaves one WARN line without the activity's text.
 */
class TeamsBadInputTest {
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

  /** The SDK answered 501, and the conversation was noted before it did. */
  @Test
  void anInvokeAllybotDoesNotHandleIsABadRequestAndKeepsNothing() throws Exception {
    FakeMember m = FakeMember.numbered(931);
    ObjectNode invoke = teams.activities.execute(m, teams.activities.personalMessage(m, "x"));
    invoke.put("name", "composeExtension/zebra-crossing-confidential-words");
    invoke.putObject("recipient");

    try (CapturedLog log = CapturedLog.start()) {
      HttpResponse<String> r = teams.send(invoke);

      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(teams.served.runtime().redis().keys("*" + m.aadObjectId() + "*")).isEmpty();
      assertThat(log.lines(Level.WARN))
          .singleElement()
          .asString()
          .containsPattern("Teams request tr-[0-9a-f]+ refused")
          .doesNotContain("zebra");
      assertThat(log.stackTraces()).isZero();
    }
  }

  /** An odd AAD object id would have named the member's keys: refused before any is written. */
  @Test
  void aSenderWhoseAadObjectIdIsNotAGuidIsABadRequestAndKeepsNothing() throws Exception {
    FakeMember m = FakeMember.numbered(932);
    ObjectNode message = teams.activities.personalMessage(m, "help");
    ((ObjectNode) message.get("from")).put("aadObjectId", "U0ALLYBOT00\nzebra");

    try (CapturedLog log = CapturedLog.start()) {
      assertThat(teams.send(message).statusCode()).isEqualTo(400);
      assertThat(teams.served.runtime().redis().keys("*zebra*")).isEmpty();
      assertThat(teams.served.runtime().redis().keys("*" + m.aadObjectId() + "*")).isEmpty();
      assertThat(log.warnings("not a GUID")).hasSize(1);
    }
  }

  @Test
  void aMessageOverTeamsOwnLimitIsABadRequest() throws Exception {
    FakeMember m = FakeMember.numbered(933);

    assertThat(teams.send(teams.activities.personalMessage(m, "a".repeat(30_000))).statusCode())
        .isEqualTo(400);
    assertThat(teams.served.runtime().redis().keys("*" + m.aadObjectId() + "*")).isEmpty();
  }

  /** A form field without an id reached the core and threw a NullPointerException (500). */
  @Test
  void aThanksFormWhoseFieldHasNoIdIsRefusedWithoutAStackTraceAndKeepsNothing() throws Exception {
    FakeMember m = FakeMember.numbered(934);
    ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    ObjectNode spec =
        data.putObject("allybot")
            .put("kind", "form")
            .putObject("spec")
            .put("formId", "thanks.form|" + FakeMember.numbered(935).aadObjectId())
            .put("title", "Recognise allyship")
            .put("submitLabel", "Send");
    spec.putArray("fields")
        .addObject()
        .put("label", "What they did")
        .put("type", "SHORT_TEXT")
        .put("maxLength", 500)
        .put("initial", "")
        .putArray("choices");
    data.put("what", "zebra crossing");

    try (CapturedLog log = CapturedLog.start()) {
      HttpResponse<String> r =
          teams.send(teams.activities.submitAction(m, "recogniseAllyship", data));

      assertThat(r.statusCode()).isBetween(200, 499);
      assertThat(log.stackTraces()).isZero();
      assertThat(log.lines(Level.ERROR)).isEmpty();
      assertThat(teams.served.runtime().redis().keys("*" + m.aadObjectId() + "*")).isEmpty();
      assertThat(String.join("\n", log.lines(Level.WARN))).doesNotContain("zebra");
    }
  }

  /** A thanks form sent back without its title: the task module was drawn from it (500). */
  @Test
  void aThanksFormWithoutItsTitleIsRefusedWithoutAStackTrace() throws Exception {
    FakeMember m = FakeMember.numbered(936);
    ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    ObjectNode spec =
        data.putObject("allybot")
            .put("kind", "form")
            .putObject("spec")
            .put("formId", "thanks.form|" + FakeMember.numbered(937).aadObjectId())
            .put("submitLabel", "Send");
    spec.putArray("fields")
        .addObject()
        .put("id", "what")
        .put("label", "What they did")
        .put("type", "SHORT_TEXT")
        .put("maxLength", 500)
        .put("initial", "")
        .putArray("choices");
    data.put("what", "");

    try (CapturedLog log = CapturedLog.start()) {
      HttpResponse<String> r =
          teams.send(teams.activities.submitAction(m, "recogniseAllyship", data));

      assertThat(r.statusCode()).isBetween(200, 499);
      assertThat(log.stackTraces()).isZero();
      assertThat(log.lines(Level.ERROR)).isEmpty();
      assertThat(teams.served.runtime().redis().keys("*" + m.aadObjectId() + "*")).isEmpty();
    }
  }
}
