package org.allybot.server.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.allybot.core.xapi.ActorMode;
import org.allybot.core.xapi.LrsOutcome;
import org.allybot.core.xapi.Statement;
import org.allybot.testkit.xapi.FakeLrs;
import org.allybot.testkit.xapi.LrsFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP sender against the fake LRS: what it posts, and how it reads each answer. */
class HttpLrsTest {
  private static final Instant NOW = Instant.parse("2031-06-02T10:00:00Z");

  private final FakeLrs fake = FakeLrs.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  private XapiSettings settings(String password) {
    return new XapiSettings(
        fake.endpoint(), FakeLrs.USERNAME, password, ActorMode.PSEUDONYM, Duration.ofSeconds(5));
  }

  private HttpLrs lrs() {
    return new HttpLrs(settings(FakeLrs.PASSWORD), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static Statement statement(String verb) {
    String id = UUID.randomUUID().toString();
    return new Statement(
        id,
        """
        {"id":"%s","actor":{"objectType":"Agent","account":{"homePage":"https://ally.example.com",\
        "name":"0123456789abcdef0123456789abcdef"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/%s"},\
        "object":{"objectType":"Activity","id":"https://ally.example.com/xapi/activities/lesson/l1"},\
        "timestamp":"2031-06-02T09:59:00Z"}\
        """
            .formatted(id, verb));
  }

  @Test
  void aBatchIsPostedAsOneArrayWithTheVersionHeaderAndBasicAuth() {
    List<Statement> batch = List.of(statement("experienced"), statement("answered"));

    assertThat(lrs().send(batch)).isEqualTo(new LrsOutcome.Accepted());

    assertThat(fake.problems()).isEmpty();
    assertThat(fake.batchSizes()).containsExactly(2);
    assertThat(fake.statements())
        .extracting(s -> s.get("id").asText())
        .containsExactly(batch.get(0).id(), batch.get(1).id());
  }

  @Test
  void resendingTheSameStatementsIsAccepted() {
    List<Statement> batch = List.of(statement("experienced"));
    lrs().send(batch);

    assertThat(lrs().send(batch)).isEqualTo(new LrsOutcome.Accepted());
    assertThat(fake.statements()).hasSize(1);
  }

  @Test
  void tooManyRequestsCarriesRetryAfterInSecondsOrAsADate() {
    String inNinety =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(NOW.plusSeconds(90), ZoneOffset.UTC));
    fake.failNext(LrsFailure.tooManyRequests("12"), 1);
    fake.failNext(LrsFailure.tooManyRequests(inNinety), 1);

    assertThat(lrs().send(List.of(statement("answered"))))
        .isEqualTo(new LrsOutcome.RetryLater(Optional.of(Duration.ofSeconds(12)), "HTTP 429"));
    assertThat(lrs().send(List.of(statement("answered"))))
        .isEqualTo(new LrsOutcome.RetryLater(Optional.of(Duration.ofSeconds(90)), "HTTP 429"));
  }

  @Test
  void serverErrorsAreRetriedLater() {
    fake.failNext(LrsFailure.status(500), 1);
    fake.failNext(LrsFailure.status(503), 1);

    assertThat(lrs().send(List.of(statement("answered"))))
        .isInstanceOf(LrsOutcome.RetryLater.class);
    assertThat(lrs().send(List.of(statement("answered"))))
        .isInstanceOf(LrsOutcome.RetryLater.class);
    assertThat(fake.statements()).isEmpty();
  }

  @Test
  void aTimeoutIsRetriedLater() {
    fake.failNext(LrsFailure.stall(Duration.ofSeconds(3)), 1);
    HttpLrs impatient =
        new HttpLrs(
            settings(FakeLrs.PASSWORD).withTimeout(Duration.ofMillis(300)), Clock.systemUTC());

    assertThat(impatient.send(List.of(statement("answered"))))
        .isEqualTo(new LrsOutcome.RetryLater(Optional.empty(), "timeout"));
  }

  @Test
  void anLrsThatIsDownIsRetriedLater() {
    fake.down();

    assertThat(lrs().send(List.of(statement("answered"))))
        .isInstanceOf(LrsOutcome.RetryLater.class);
  }

  @Test
  void wrongCredentialsAreTheSettingsFaultSoTheStatementsWait() {
    HttpLrs wrong = new HttpLrs(settings("not-the-password"), Clock.systemUTC());

    LrsOutcome outcome = wrong.send(List.of(statement("answered")));

    assertThat(outcome).isInstanceOf(LrsOutcome.RetryLater.class);
    assertThat(((LrsOutcome.RetryLater) outcome).reason())
        .isEqualTo("HTTP 401, check ALLYBOT_XAPI_USERNAME and ALLYBOT_XAPI_PASSWORD");
  }

  @Test
  void aRefusedStatementIsAClientErrorNotARetry() {
    Statement refused = statement("answered");
    fake.refuse(refused.id());

    assertThat(lrs().send(List.of(statement("answered"), refused)))
        .isEqualTo(new LrsOutcome.Refused(400));
  }

  @Test
  void aStatementMissingRequiredFieldsIsRefusedByTheFake() {
    Statement broken = new Statement("x", "{\"id\":\"not-a-uuid\",\"verb\":{\"id\":\"answered\"}}");

    assertThat(lrs().send(List.of(broken))).isEqualTo(new LrsOutcome.Refused(400));
    assertThat(fake.problems())
        .contains(
            "not-a-uuid: id must be a UUID",
            "not-a-uuid: actor is missing",
            "not-a-uuid: verb.id must be an IRI",
            "not-a-uuid: object.id must be an IRI",
            "not-a-uuid: timestamp must be an ISO 8601 date and time with an offset");
  }
}
