package org.allybot.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void defaultsNeedNoEnvironmentAtAll() {
    Settings s = Settings.from(Map.of());

    assertThat(s.port()).isEqualTo(3000);
    assertThat(s.redisUrl()).isEmpty();
    assertThat(s.core().defaultZone().getId()).isEqualTo("UTC");
    assertThat(s.core().retentionDays()).isEqualTo(730);
    assertThat(s.core().privacyUrl()).isEqualTo("http://localhost:3000/privacy");
  }

  @Test
  void everyProblemIsListedAtOnce() {
    assertThatThrownBy(() ->
            Settings.from(
                Map.of(
                    "PORT",
                    "abc",
                    "ALLYBOT_DEFAULT_TZ",
                    "Mars/Olympus",
                    "ALLYBOT_RETENTION_DAYS",
                    "-1",
                    "REDIS_URL",
                    "localhost:6379")))
        .hasMessageContaining("PORT must be a whole number")
        .hasMessageContaining("ALLYBOT_DEFAULT_TZ must be an IANA time zone")
        .hasMessageContaining("ALLYBOT_RETENTION_DAYS must be a whole number")
        .hasMessageContaining("REDIS_URL must start with redis://");
  }

  @Test
  void adminsAreReadAsACommaSeparatedList() {
    assertThat(Settings.from(Map.of("ALLYBOT_ADMINS", " U1, U2 ,,")).core().admins())
        .containsExactlyInAnyOrder("U1", "U2");
  }
}
