package org.allybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import java.time.Duration;
import org.allybot.core.event.Actor;
import org.allybot.testkit.slack.FakeSlackApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The member's Slack language reaches the core on every actor, from {@code users.info}. */
class SlackUsersLocaleTest {
  private FakeSlackApi fake;
  private SlackUsers users;

  @BeforeEach
  void start() {
    fake = FakeSlackApi.start();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    config.setStatsEnabled(false);
    users =
        new SlackUsers(
            Slack.getInstance(config),
            SlackTokens.fixed(FakeSlackApi.BOT_TOKEN),
            Duration.ofMinutes(10),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void usersInfoIsAskedForTheLocaleAndTheActorCarriesIt() {
    fake.user("U_ANA", "Europe/Madrid", false).userLocale("U_ANA", "es-ES");

    Actor ana = users.actor(FakeSlackApi.TEAM, "U_ANA", "ana");
    Actor bob = users.actor(FakeSlackApi.TEAM, "U_BOB", "bob");

    assertThat(ana.locale()).isEqualTo("es-ES");
    assertThat(bob.locale()).isEqualTo("en-US");
  }

  @Test
  void aProfileChangeWithoutALocaleKeepsTheOneUsersInfoGave() {
    fake.userLocale("U_ANA", "es-MX");
    users.actor(FakeSlackApi.TEAM, "U_ANA", "ana");

    users.remember(
        FakeSlackApi.TEAM, "U_ANA", new SlackUsers.Profile("Ana", "Europe/Madrid", false, "", ""));

    assertThat(users.actor(FakeSlackApi.TEAM, "U_ANA", "ana").locale()).isEqualTo("es-MX");
  }
}
