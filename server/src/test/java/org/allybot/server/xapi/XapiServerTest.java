package org.allybot.server.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.Scenario;
import org.allybot.core.ChatPlatform;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.lesson.LessonMessages;
import org.allybot.core.message.Message;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.poll.PollMessages;
import org.allybot.core.xapi.MemberEmails;
import org.allybot.server.Server;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.xapi.FakeLrs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code allybot serve} with the export on: a poll answer reaches the LRS, and /metrics counts. */
class XapiServerTest {
  private static final WorkspaceId SHELL = new WorkspaceId(Platform.SHELL, "local");

  @TempDir Path data;
  private final FakeLrs fake = FakeLrs.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void aPollAnswerReachesTheLrsAsAnAnsweredStatementAndMetricsCountIt() throws Exception {
    int port = EmbeddedRedisExtension.freePort();
    Map<String, String> env =
        Map.of(
            "PORT",
            Integer.toString(port),
            "ALLYBOT_DATA_DIR",
            data.toString(),
            "ALLYBOT_PUBLIC_URL",
            "https://ally.example.com",
            "ALLYBOT_XAPI_ENDPOINT",
            fake.endpoint(),
            "ALLYBOT_XAPI_USERNAME",
            FakeLrs.USERNAME,
            "ALLYBOT_XAPI_PASSWORD",
            FakeLrs.PASSWORD);
    try (Server server = Server.start(env, Clock.systemUTC())) {
      var bot = server.runtime().bot();
      Scenario scenario = bot.context().curriculum().scenarios().getFirst();
      String option = scenario.opening().options().getFirst().id();
      UserRef sam = new UserRef(new WorkspaceId(Platform.SHELL, "local"), "sam");
      bot.handle(
          new CoreEvent.ChoiceSelected(
              Actor.of(sam, "Sam Example"),
              PollMessages.ANSWER,
              new PollChoice("", scenario.id(), Scenario.OPENING, option).encode()));

      await().atMost(Duration.ofSeconds(60)).until(() -> fake.statements().size() == 1);
      JsonNode statement = fake.statements().getFirst();
      assertThat(fake.problems()).isEmpty();
      assertThat(statement.at("/verb/id").asText())
          .isEqualTo("http://adlnet.gov/expapi/verbs/answered");
      assertThat(statement.at("/result/response").asText()).isEqualTo(option);
      assertThat(statement.at("/actor/account/homePage").asText())
          .isEqualTo("https://ally.example.com");
      assertThat(statement.toString()).doesNotContain("Sam Example", "\"sam\"");

      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> metrics(port).contains("allybot_xapi_statements_sent_total 1.0"));
      assertThat(metrics(port))
          .contains("allybot_xapi_statements_waiting 0.0")
          .contains("allybot_xapi_statements_set_aside 0.0");
      assertThat(server.runtime().xapiBacklog())
          .hasValueSatisfying(b -> {
            assertThat(b.setAside()).isZero();
          });
    }
  }

  @Test
  void emailActorsUseTheMailboxThePlatformKnowsAndOtherwiseThePseudonym() throws Exception {
    Map<String, String> env =
        Map.of(
            "ALLYBOT_DATA_DIR",
            data.toString(),
            "ALLYBOT_PUBLIC_URL",
            "https://ally.example.com",
            "ALLYBOT_XAPI_ENDPOINT",
            fake.endpoint(),
            "ALLYBOT_XAPI_USERNAME",
            FakeLrs.USERNAME,
            "ALLYBOT_XAPI_PASSWORD",
            FakeLrs.PASSWORD,
            "ALLYBOT_XAPI_ACTOR",
            "email");
    try (AllybotRuntime runtime =
        AllybotRuntime.start(
            Settings.from(env),
            Map.of(Platform.SHELL, new PlatformWithEmails()),
            Clock.systemUTC())) {
      var bot = runtime.bot();
      String lesson = bot.context().curriculum().lessons().getFirst().id();
      for (String who : List.of("sam", "kim")) {
        bot.handle(
            new CoreEvent.ChoiceSelected(
                Actor.of(new UserRef(SHELL, who), who), LessonMessages.GOT_IT, "|" + lesson));
      }

      await().atMost(Duration.ofSeconds(60)).until(() -> fake.statements().size() == 2);
      assertThat(fake.problems()).isEmpty();
      assertThat(fake.statements().get(0).at("/actor/mbox").asText())
          .isEqualTo("mailto:sam@example.com");
      assertThat(fake.statements().get(1).at("/actor/account/name").asText()).hasSize(32);
    }
  }

  /** The shell, knowing one member's e-mail as an adapter with the right scope would. */
  private static final class PlatformWithEmails implements ChatPlatform, MemberEmails {
    @Override
    public Platform platform() {
      return Platform.SHELL;
    }

    @Override
    public MessageRef send(Recipient recipient, Message message) {
      return new MessageRef(recipient.workspace(), recipient.conversationId(), "1");
    }

    @Override
    public void update(MessageRef ref, Message message) {}

    @Override
    public Recipient openDirect(UserRef user) {
      return new Recipient(user.workspace(), "D-" + user.userId());
    }

    @Override
    public List<String> channelMembers(WorkspaceId workspace, String channelId) {
      return List.of();
    }

    @Override
    public Optional<String> emailOf(UserRef member) {
      return member.userId().equals("sam") ? Optional.of("sam@example.com") : Optional.empty();
    }
  }

  private static String metrics(int port) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
