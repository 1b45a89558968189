package org.allybot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Under {@code .ci/any-date.sh} the test JVM sees the moved date: otherwise the date pass would
 * prove nothing. File times stay real there, so a new file's time tells the real now.
 */
class MovedClockTest {
  @Test
  void underAnyDateTheJvmSeesTheMovedDate() throws Exception {
    long offset = offset();

    assertThat(jvmNow() - realNow()).isCloseTo(offset, within(300L));
  }

  private static long offset() {
    String faketime = System.getenv("FAKETIME");
    Assumptions.assumeTrue(
        faketime != null && !faketime.isBlank(), "runs under .ci/any-date.sh only");
    return Long.parseLong(faketime.strip().replace("+", ""));
  }

  private static long jvmNow() {
    return Instant.now().getEpochSecond();
  }

  private static long realNow() throws Exception {
    Path file = Files.createTempFile("real-now", ".txt");
    try {
      return Files.getLastModifiedTime(file).toInstant().getEpochSecond();
    } finally {
      Files.delete(file);
    }
  }
}
