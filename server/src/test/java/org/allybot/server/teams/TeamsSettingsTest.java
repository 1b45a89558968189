package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.allybot.server.Server;
import org.allybot.teams.TeamsConfig;
import org.junit.jupiter.api.Test;

class TeamsSettingsTest {
  static final String APP = "11111111-2222-4333-8444-555555555555";

  @Test
  void teamsIsOffWithoutAnAppId() {
    assertThat(TeamsSettings.from(Map.of())).isEmpty();
  }

  @Test
  void anAppIdAndPasswordTurnTeamsOnWithMicrosoftsEndpoints() {
    TeamsConfig c =
        TeamsSettings.from(Map.of("MICROSOFT_APP_ID", APP, "MICROSOFT_APP_PASSWORD", "pw"))
            .orElseThrow();

    assertThat(c.openIdMetadataUrl()).isEqualTo(TeamsConfig.BOT_FRAMEWORK_OPENID_URL);
    assertThat(c.tokenUrl())
        .isEqualTo("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");
    assertThat(c.allowAnonymous()).isFalse();
  }

  @Test
  void aSingleTenantBotGetsItsTokenFromItsTenant() {
    TeamsConfig c =
        TeamsSettings.from(
                Map.of(
                    "MICROSOFT_APP_ID", APP,
                    "MICROSOFT_APP_PASSWORD", "pw",
                    "MICROSOFT_APP_TENANT_ID", "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"))
            .orElseThrow();

    assertThat(c.tokenUrl())
        .isEqualTo(
            "https://login.microsoftonline.com/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee/oauth2/v2.0/token");
  }

  @Test
  void endpointsCanBeOverridden() {
    TeamsConfig c =
        TeamsSettings.from(
                Map.of(
                    "MICROSOFT_APP_ID", APP,
                    "MICROSOFT_APP_PASSWORD", "pw",
                    "BOTFRAMEWORK_OPENID_URL", "http://127.0.0.1:9/openid",
                    "BOTFRAMEWORK_TOKEN_URL", "http://127.0.0.1:9/token"))
            .orElseThrow();

    assertThat(c.openIdMetadataUrl()).isEqualTo("http://127.0.0.1:9/openid");
    assertThat(c.tokenUrl()).isEqualTo("http://127.0.0.1:9/token");
  }

  @Test
  void anonymousAloneTurnsTeamsOnForTheEmulator() {
    TeamsConfig c =
        TeamsSettings.from(Map.of("ALLYBOT_TEAMS_ALLOW_ANONYMOUS", "true")).orElseThrow();

    assertThat(c.allowAnonymous()).isTrue();
    assertThat(c.enabled()).isTrue();
  }

  @Test
  void everyProblemOfEveryPartIsListedAtOnce() {
    assertThatThrownBy(() ->
            Server.start(
                Map.of(
                    "PORT", "abc",
                    "MICROSOFT_APP_ID", "not-a-guid",
                    "BOTFRAMEWORK_TOKEN_URL", "ftp://x",
                    "ALLYBOT_TEAMS_ALLOW_ANONYMOUS", "yes please"),
                java.time.Clock.systemUTC()))
        .hasMessageContaining("PORT must be a whole number")
        .hasMessageContaining("MICROSOFT_APP_ID must be the bot's app id")
        .hasMessageContaining("MICROSOFT_APP_PASSWORD is required")
        .hasMessageContaining("BOTFRAMEWORK_TOKEN_URL must start with https://")
        .hasMessageContaining("ALLYBOT_TEAMS_ALLOW_ANONYMOUS must be true or false");
  }

  @Test
  void strayTeamsSettingsWithoutAnAppIdAreAProblem() {
    assertThatThrownBy(() -> TeamsSettings.from(Map.of("MICROSOFT_APP_PASSWORD", "pw")))
        .hasMessageContaining("MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is not");
  }

  @Test
  void thePasswordNeverShowsInTheConfigsText() {
    TeamsConfig c =
        TeamsSettings.from(
                Map.of("MICROSOFT_APP_ID", APP, "MICROSOFT_APP_PASSWORD", "s3cret-value"))
            .orElseThrow();

    assertThat(c.toString()).doesNotContain("s3cret-value").contains("password=set");
  }
}
