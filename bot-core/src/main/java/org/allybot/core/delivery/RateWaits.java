package org.allybot.core.delivery;

import org.allybot.core.Platform;

/** Told of the rate limiter's waits and of the platforms' 429s, for the metrics. */
public interface RateWaits {
  /** A caller waited {@code nanos} for a permit, or for a pause to end. */
  void waited(Platform platform, long nanos);

  /** The platform answered 429: the workspace is paused. */
  void rateLimited(Platform platform);

  RateWaits NONE =
      new RateWaits() {
        @Override
        public void waited(Platform platform, long nanos) {}

        @Override
        public void rateLimited(Platform platform) {}
      };
}
