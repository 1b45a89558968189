package org.allybot.core.recognition;

/** Recognition's limits: how many thanks one member may give a day. */
public record RecognitionConfig(int thanksPerDay) {
  public static final int DEFAULT_THANKS_PER_DAY = 5;

  public RecognitionConfig {
    if (thanksPerDay < 1) {
      throw new IllegalArgumentException("thanksPerDay must be positive");
    }
  }

  public static RecognitionConfig defaults() {
    return new RecognitionConfig(DEFAULT_THANKS_PER_DAY);
  }
}
