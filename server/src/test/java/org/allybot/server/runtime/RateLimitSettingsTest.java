package org.allybot.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.delivery.RateLimits;
import org.allybot.server.Server;
import org.junit.jupiter.api.Test;

class RateLimitSettingsTest {
  @Test
  void withNothingSetTheLimitsAreThePublishedOnes() {
    List<String> problems = new ArrayList<>();

    Map<Platform, RateLimits> limits = RateLimitSettings.from(Map.of(), problems).limits();

    assertThat(problems).isEmpty();
    assertThat(limits.get(Platform.SLACK)).isEqualTo(RateLimits.defaults(Platform.SLACK));
    assertThat(limits.get(Platform.TEAMS)).isEqualTo(RateLimits.defaults(Platform.TEAMS));
    assertThat(limits.get(Platform.SHELL)).isEqualTo(RateLimits.unlimited());
  }

  @Test
  void eachLimitCanBeRaised() {
    List<String> problems = new ArrayList<>();

    Map<Platform, RateLimits> limits =
        RateLimitSettings.from(
                Map.of(
                    "ALLYBOT_SLACK_POSTS_PER_SECOND", "100",
                    "ALLYBOT_SLACK_POSTS_PER_CHANNEL_PER_SECOND", " 3 ",
                    "ALLYBOT_SLACK_OPENS_PER_MINUTE", "120",
                    "ALLYBOT_TEAMS_SENDS_PER_SECOND", "500",
                    "ALLYBOT_TEAMS_SENDS_PER_CONVERSATION_PER_SECOND", "20"),
                problems)
            .limits();

    assertThat(problems).isEmpty();
    RateLimits slack = limits.get(Platform.SLACK);
    assertThat(slack.postsPerSecond()).isEqualTo(100);
    assertThat(slack.postsPerSecondPerConversation()).isEqualTo(3);
    assertThat(slack.opensPerSecond()).isEqualTo(2);
    RateLimits teams = limits.get(Platform.TEAMS);
    assertThat(teams.postsPerSecond()).isEqualTo(500);
    assertThat(teams.postsPerSecondPerConversation()).isEqualTo(20);
    assertThat(teams.opensPerSecond()).isEqualTo(500);
  }

  @Test
  void everyBadLimitIsListedWithWhatToSetInstead() {
    List<String> problems = new ArrayList<>();

    RateLimitSettings settings =
        RateLimitSettings.from(
            Map.of(
                "ALLYBOT_SLACK_POSTS_PER_SECOND", "0",
                "ALLYBOT_SLACK_POSTS_PER_CHANNEL_PER_SECOND", "1.5",
                "ALLYBOT_SLACK_OPENS_PER_MINUTE", "-3",
                "ALLYBOT_TEAMS_SENDS_PER_SECOND", "fifty",
                "ALLYBOT_TEAMS_SENDS_PER_CONVERSATION_PER_SECOND", "99999999999"),
            problems);

    assertThat(problems)
        .containsExactly(
            "ALLYBOT_SLACK_POSTS_PER_SECOND must be a whole number from 1 to 1000000"
                + " (the platform's published limit is 8)",
            "ALLYBOT_SLACK_POSTS_PER_CHANNEL_PER_SECOND must be a whole number from 1 to 1000000"
                + " (the platform's published limit is 1)",
            "ALLYBOT_SLACK_OPENS_PER_MINUTE must be a whole number from 1 to 1000000"
                + " (the platform's published limit is 50)",
            "ALLYBOT_TEAMS_SENDS_PER_SECOND must be a whole number from 1 to 1000000"
                + " (the platform's published limit is 50)",
            "ALLYBOT_TEAMS_SENDS_PER_CONVERSATION_PER_SECOND must be a whole number from 1 to"
                + " 1000000 (the platform's published limit is 7)");
    assertThat(settings).isEqualTo(RateLimitSettings.defaults());
  }

  @Test
  void aBadLimitStopsStartUpListedWithTheOtherProblems() {
    assertThatThrownBy(() ->
            Server.start(
                Map.of(
                    "ALLYBOT_SLACK_OPENS_PER_MINUTE", "lots",
                    "ALLYBOT_DEFAULT_TZ", "Mars/Olympus"),
                Clock.systemUTC()))
        .isInstanceOf(Settings.SettingsException.class)
        .hasMessageContaining("ALLYBOT_SLACK_OPENS_PER_MINUTE must be a whole number")
        .hasMessageContaining("ALLYBOT_DEFAULT_TZ must be an IANA time zone");
  }
}
