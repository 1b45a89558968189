package org.allybot.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Allybots on one data folder use one embedded Redis, never two on the same files. */
class SharedEmbeddedRedisTest {
  @TempDir Path data;

  @Test
  void aSecondStartOnTheSameFolderUsesTheFirstOnesRedisAndLeavesItRunning() {
    Path folder = data.resolve("redis");
    try (EmbeddedRedis first = EmbeddedRedis.start(folder)) {
      try (EmbeddedRedis second = EmbeddedRedis.start(folder)) {
        assertThat(first.owned()).isTrue();
        assertThat(second.owned()).isFalse();
        assertThat(second.url()).isEqualTo(first.url());
      }
      assertThat(EmbeddedRedis.runningOn(folder)).isPresent();
    }
    assertThat(folder.resolve(EmbeddedRedis.PORT_FILE)).doesNotExist();
  }

  @Test
  void twoRuntimesOnOneFolderSeeEachOthersData() {
    Settings settings = Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString()));
    try (AllybotRuntime serve = AllybotRuntime.start(settings, Map.of(), Clock.systemUTC());
        AllybotRuntime shell = AllybotRuntime.start(settings, Map.of(), Clock.systemUTC())) {
      shell.redis().set("ally:test:seen", "yes");

      assertThat(serve.redis().get("ally:test:seen")).isEqualTo("yes");
    }
  }

  @Test
  void aStaleNoteOfAPortThatNoLongerServesThisFolderIsIgnored() throws Exception {
    Path folder = data.resolve("redis");
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve(EmbeddedRedis.PORT_FILE), EmbeddedRedisExtension.freePort() + "\n");
    assertThat(EmbeddedRedis.runningOn(folder)).isEmpty();
    Files.writeString(folder.resolve(EmbeddedRedis.PORT_FILE), "not a port\n");
    assertThat(EmbeddedRedis.runningOn(folder)).isEmpty();

    try (EmbeddedRedis started = EmbeddedRedis.start(folder);
        EmbeddedRedis elsewhere = EmbeddedRedis.start(data.resolve("other"))) {
      assertThat(started.owned()).isTrue();
      Files.writeString(
          folder.resolve(EmbeddedRedis.PORT_FILE),
          elsewhere.url().substring(elsewhere.url().lastIndexOf(':') + 1) + "\n");
      assertThat(EmbeddedRedis.runningOn(folder)).as("a Redis of another folder").isEmpty();
    }
  }
}
