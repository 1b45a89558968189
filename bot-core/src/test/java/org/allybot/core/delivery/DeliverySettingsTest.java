package org.allybot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

final class DeliverySettingsTest {
  private final DeliverySettings settings = DeliverySettings.defaults("i1");

  /** Always picks the top of the range, to see the jitter's ceiling. */
  private static final RandomGenerator HIGHEST =
      new RandomGenerator() {
        @Override
        public long nextLong() {
          return 0;
        }

        @Override
        public long nextLong(long bound) {
          return bound - 1;
        }
      };

  @Test
  void backoffCeilingDoublesFromTheBaseUpToTheCap() {
    assertThat(settings.backoffAfter(1, HIGHEST)).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.backoffAfter(2, HIGHEST)).isEqualTo(Duration.ofMillis(1_000));
    assertThat(settings.backoffAfter(5, HIGHEST)).isEqualTo(Duration.ofMillis(8_000));
    assertThat(settings.backoffAfter(7, HIGHEST)).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.backoffAfter(100, HIGHEST)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void backoffIsEqualJitterBetweenHalfTheCeilingAndTheCeiling() {
    for (int i = 0; i < 1_000; i++) {
      assertThat(settings.backoffAfter(3, RandomGenerator.getDefault()))
          .isBetween(Duration.ofMillis(1_000), Duration.ofMillis(2_000));
    }
  }

  @Test
  void theDefaultsKeepADeliveryTryingForAtLeastAMinuteOfTransientFailures() {
    RandomGenerator lowest =
        new RandomGenerator() {
          @Override
          public long nextLong() {
            return 0;
          }

          @Override
          public long nextLong(long bound) {
            return 0;
          }
        };
    Duration waited = Duration.ZERO;
    for (int failures = 1; failures < settings.maxAttempts(); failures++) {
      waited = waited.plus(settings.backoffAfter(failures, lowest));
    }
    assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void defaultsAreFourSendersAndTenAttempts() {
    assertThat(settings.senders()).isEqualTo(4);
    assertThat(settings.maxAttempts()).isEqualTo(10);
    assertThat(settings.reclaimIdle()).isEqualTo(Duration.ofSeconds(20));
    assertThat(settings.reclaimEvery()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.maxRateLimitedRetries()).isEqualTo(20);
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> settings.withSenders(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings.withBackoff(Duration.ofMillis(-1), Duration.ZERO, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimits(0, 1, 1, false, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
