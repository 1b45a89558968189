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
  void theDailyThanksCapDefaultsToFiveAndIsCheckedAtStartUp() {
    assertThat(Settings.from(Map.of()).thanks().thanksPerDay()).isEqualTo(5);
    assertThat(Settings.from(Map.of("ALLYBOT_THANKS_PER_DAY", " 12 ")).thanks().thanksPerDay())
        .isEqualTo(12);
    assertThatThrownBy(() -> Settings.from(Map.of("ALLYBOT_THANKS_PER_DAY", "0", "PORT", "-5")))
        .hasMessageContaining("ALLYBOT_THANKS_PER_DAY must be a whole number from 1 to 1000")
        .hasMessageContaining("PORT must be a whole number");
    assertThatThrownBy(() -> Settings.from(Map.of("ALLYBOT_THANKS_PER_DAY", "lots")))
        .hasMessageContaining("ALLYBOT_THANKS_PER_DAY must be a whole number from 1 to 1000");
  }

  @Test
  void adminsAreReadAsACommaSeparatedList() {
    assertThat(Settings.from(Map.of("ALLYBOT_ADMINS", " U1, U2 ,,")).core().admins())
        .containsExactlyInAnyOrder("U1", "U2");
  }

  @Test
  void aSharedRedisNeedsTheSecretKeyAndTheEmbeddedDefaultDoesNot() {
    assertThat(Settings.from(Map.of()).secretKey()).isNull();
    assertThatThrownBy(() -> Settings.from(Map.of("REDIS_URL", "redis://redis:6379")))
        .hasMessageContaining("ALLYBOT_SECRET_KEY is required when REDIS_URL is set");

    String key = org.allybot.core.MasterKey.generate().toBase64();
    Settings s =
        Settings.from(Map.of("REDIS_URL", "redis://redis:6379", "ALLYBOT_SECRET_KEY", key));
    assertThat(s.secretKey()).isEqualTo(org.allybot.core.MasterKey.fromBase64(key));
    assertThat(s.toString()).doesNotContain(key);
  }

  @Test
  void aBadSecretKeyIsListedWithTheOtherProblemsWithoutItsValue() {
    assertThatThrownBy(() ->
            Settings.from(Map.of("ALLYBOT_SECRET_KEY", "c2VjcmV0LXRvby1zaG9ydA==", "PORT", "0")))
        .hasMessageContaining("ALLYBOT_SECRET_KEY must be base64 of 32 random bytes")
        .hasMessageContaining("PORT must be a whole number")
        .message()
        .doesNotContain("c2VjcmV0LXRvby1zaG9ydA==");
  }

  @Test
  void theDeskKeepsClosedReports365DaysAndReadsAnOptionalPreviousKey() {
    assertThat(Settings.from(Map.of()).desk().retentionDays()).isEqualTo(365);
    assertThat(Settings.from(Map.of()).desk().previousKey()).isNull();
    String current = org.allybot.core.MasterKey.generate().toBase64();
    String previous = org.allybot.core.MasterKey.generate().toBase64();

    Settings s =
        Settings.from(
            Map.of(
                "ALLYBOT_SECRET_KEY",
                current,
                "ALLYBOT_SECRET_KEY_PREVIOUS",
                previous,
                "ALLYBOT_DESK_RETENTION_DAYS",
                "90"));

    assertThat(s.desk().retentionDays()).isEqualTo(90);
    assertThat(s.desk().previousKey()).isEqualTo(org.allybot.core.MasterKey.fromBase64(previous));
    assertThat(s.toString()).doesNotContain(previous);
  }

  @Test
  void aBadPreviousKeyOrRetentionIsListedWithoutTheKeysValue() {
    String key = org.allybot.core.MasterKey.generate().toBase64();
    assertThatThrownBy(() ->
            Settings.from(
                Map.of(
                    "ALLYBOT_SECRET_KEY_PREVIOUS", "c2hvcnQ=", "ALLYBOT_DESK_RETENTION_DAYS", "0")))
        .hasMessageContaining("ALLYBOT_SECRET_KEY_PREVIOUS must be base64 of 32 bytes")
        .hasMessageContaining("ALLYBOT_DESK_RETENTION_DAYS must be a whole number from 1")
        .message()
        .doesNotContain("c2hvcnQ=");
    assertThatThrownBy(() ->
            Settings.from(Map.of("ALLYBOT_SECRET_KEY", key, "ALLYBOT_SECRET_KEY_PREVIOUS", key)))
        .hasMessageContaining("ALLYBOT_SECRET_KEY_PREVIOUS is the same as ALLYBOT_SECRET_KEY");
  }

  @Test
  void communityLimitsDefaultToFiveAsksAndTwentyAdvicePostsADayAndCanBeChanged() {
    assertThat(Settings.from(Map.of()).community().asksPerDay()).isEqualTo(5);
    assertThat(Settings.from(Map.of()).community().advicePerDay()).isEqualTo(20);

    Settings s =
        Settings.from(
            Map.of(
                "ALLYBOT_COMMUNITY_ASKS_PER_DAY", "2", "ALLYBOT_COMMUNITY_ADVICE_PER_DAY", "50"));
    assertThat(s.community().asksPerDay()).isEqualTo(2);
    assertThat(s.community().advicePerDay()).isEqualTo(50);
    assertThatThrownBy(() -> Settings.from(Map.of("ALLYBOT_COMMUNITY_ASKS_PER_DAY", "0")))
        .hasMessageContaining("ALLYBOT_COMMUNITY_ASKS_PER_DAY must be a whole number from 1");
  }

  @Test
  void theDefaultLanguageIsEnglishUnlessSetAndAnUnknownOneIsAProblem() {
    assertThat(Settings.from(Map.of()).core().defaultLanguage())
        .isEqualTo(org.allybot.core.language.Language.EN);
    assertThat(Settings.from(Map.of("ALLYBOT_DEFAULT_LANGUAGE", "es")).core().defaultLanguage())
        .isEqualTo(org.allybot.core.language.Language.ES);
    assertThatThrownBy(() -> Settings.from(Map.of("ALLYBOT_DEFAULT_LANGUAGE", "fr")))
        .hasMessageContaining("ALLYBOT_DEFAULT_LANGUAGE must be en, es or en-XA, not 'fr'");
  }
}
