package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.allybot.core.store.Keys;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.FakeTokenIssuer.SigningKey;
import org.allybot.testkit.teams.TokenBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Over HTTP on the real server: every bad token is a 401 with no handler run, the SDK's quirks, and
 * clean logs.
 */
class TeamsRequestChecksEndToEndTest {
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

  static Stream<Arguments> badTokens() {
    return Stream.of(
        Arguments.of("missing", (UnaryOperator<String>) t -> null),
        Arguments.of("malformed", (UnaryOperator<String>) t -> "Bearer not.a-jwt"),
        Arguments.of("not bearer", (UnaryOperator<String>) t -> t.replace("Bearer", "Basic")),
        Arguments.of("expired", spoil(TokenBuilder::expired)),
        Arguments.of("unknown key", spoil(b -> b.signedWith(SigningKey.UNPUBLISHED))),
        Arguments.of(
            "wrong audience", spoil(b -> b.audience("99999999-2222-4333-8444-555555555555"))),
        Arguments.of(
            "endorsed for another channel", spoil(b -> b.signedWith(SigningKey.OTHER_CHANNEL))),
        Arguments.of("no endorsements", spoil(b -> b.signedWith(SigningKey.NOT_ENDORSED))),
        Arguments.of(
            "service url mismatch",
            spoil(b -> b.serviceUrl("https://smba.trafficmanager.net/amer/"))),
        Arguments.of("no service url claim", spoil(b -> b.serviceUrl(null))),
        Arguments.of("wrong issuer", spoil(b -> b.issuer("https://sts.windows.net/someone/"))));
  }

  /** A token made bad in one way, ignoring the good one offered. */
  private static UnaryOperator<String> spoil(UnaryOperator<TokenBuilder> how) {
    return good ->
        how.apply(teams.issuer.tokenFor(ServedTeams.APP_ID, teams.connector.serviceUrl())).bearer();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTokens")
  void aBadTokenIsRefusedAndNoHandlerRuns(String why, UnaryOperator<String> token)
      throws Exception {
    FakeMember m = FakeMember.numbered(300 + Math.abs(why.hashCode() % 600));
    int callsBefore = teams.connector.calls().size();

    HttpResponse<String> response =
        teams.post(
            token.apply(teams.goodToken()), teams.activities.personalMessage(m, "help").toString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(teams.connector.calls()).hasSize(callsBefore);
    var redis = teams.served.runtime().redis();
    assertThat(
            redis.keys(Keys.workspacePattern(ServedTeams.WORKSPACE)).stream()
                .filter(k -> k.contains(m.aadObjectId())))
        .isEmpty();
    assertThat(redis.hget(Keys.of(ServedTeams.WORKSPACE, "teams", "accounts"), m.aadObjectId()))
        .isNull();
  }

  @Test
  void aTimestampWithoutFractionalSecondsIsFine() throws Exception {
    ObjectNode message = teams.activities.personalMessage(FakeMember.numbered(910), "help");
    message.put("timestamp", "2026-11-23T10:00:00Z");

    assertThat(teams.send(message).statusCode()).isEqualTo(200);
  }

  @Test
  void anActivityTheSdkWouldReadAsNullIsABadRequest() throws Exception {
    ObjectNode message = teams.activities.personalMessage(FakeMember.numbered(911), "help");
    message.put("attachments", "not a list");

    assertThat(teams.send(message).statusCode()).isEqualTo(400);
  }

  @Test
  void anActivityWithoutServiceUrlIsABadRequest() throws Exception {
    ObjectNode message = teams.activities.personalMessage(FakeMember.numbered(912), "help");
    message.remove("serviceUrl");

    assertThat(teams.send(message).statusCode()).isEqualTo(400);
  }

  /** Configures logging as production does, with {@code ALLYBOT_LOG_LEVEL=DEBUG}. */
  private static void configure(String resource) throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(TeamsRequestChecksEndToEndTest.class.getResource(resource));
  }

  @Test
  void logsHoldNoTokensSecretsNorMessageTextEvenAtDebug() throws Exception {
    configure("/logback.xml");
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    root.setLevel(Level.DEBUG);
    String secretWords = "zebra-crossing-confidential-words";
    String goodToken = teams.goodToken();
    try {
      FakeMember m = FakeMember.numbered(913);
      teams.post(goodToken, teams.activities.personalMessage(m, "time " + secretWords).toString());
      teams.post("Bearer " + secretWords, teams.activities.personalMessage(m, "help").toString());
      teams.send(teams.activities.threadReply(m, "1600000000999", secretWords));
      teams.connector.failNext(org.allybot.testkit.teams.InjectedFailure.status(502));
      teams.send(teams.activities.personalMessage(m, secretWords));
    } finally {
      root.detachAppender(logs);
      configure("/logback-test.xml");
    }

    String all =
        logs.list.stream()
            .map(e ->
                e.getFormattedMessage()
                    + " "
                    + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage()))
            .collect(Collectors.joining("\n"));
    assertThat(logs.list).isNotEmpty();
    assertThat(all)
        .doesNotContain(secretWords)
        .doesNotContain(goodToken.substring(7))
        .doesNotContain("fake-access-token-")
        .doesNotContain(ServedTeams.PASSWORD)
        .doesNotContain("Member 913");
    assertThat(teams.connector.calls(Kind.TOKEN)).isNotEmpty();
  }
}
