package org.allybot.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllybotRuntimeTest {
  @TempDir Path data;

  private static long liveNonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.isDaemon())
        .filter(t ->
            t.getName().contains("allybot")
                || t.getName().contains("Quartz")
                || t.getName().contains("delivery"))
        .count();
  }

  @Test
  void anUnreachableRedisFailsStartUpClearlyAndLeavesNothingRunning() {
    int port = EmbeddedRedisExtension.freePort();
    Settings settings =
        Settings.from(
            Map.of(
                "REDIS_URL",
                "redis://127.0.0.1:" + port,
                "ALLYBOT_SECRET_KEY",
                org.allybot.core.MasterKey.generate().toBase64(),
                "ALLYBOT_DATA_DIR",
                data.toString()));

    assertThatThrownBy(() -> AllybotRuntime.start(settings, Map.of(), Clock.systemUTC()))
        .isInstanceOf(RuntimeException.class);
    assertThat(liveNonDaemonThreads()).isZero();
  }

  @Test
  void badContentStopsStartUpAndStopsTheEmbeddedRedisItStarted() throws Exception {
    java.nio.file.Files.writeString(data.resolve("broken.yml"), "kind: lessons\nitems: [");
    Settings settings =
        Settings.from(
            Map.of(
                "ALLYBOT_DATA_DIR",
                data.resolve("d").toString(),
                "ALLYBOT_CONTENT_DIR",
                data.toString()));

    assertThatThrownBy(() -> AllybotRuntime.start(settings, Map.of(), Clock.systemUTC()))
        .hasMessageContaining("content has 1 problem(s)");
    assertThat(
            ProcessHandle.current()
                .children()
                .filter(p -> p.info().command().orElse("").contains("redis"))
                .count())
        .isZero();
  }

  @Test
  void withBothRedisAndTheContentBrokenStartUpStillReportsRedisFirst() throws Exception {
    // The content is read beside the Redis start, yet the failures come in the order of before.
    java.nio.file.Files.writeString(data.resolve("broken.yml"), "kind: lessons\nitems: [");
    int port = EmbeddedRedisExtension.freePort();
    Settings settings =
        Settings.from(
            Map.of(
                "REDIS_URL",
                "redis://127.0.0.1:" + port,
                "ALLYBOT_SECRET_KEY",
                org.allybot.core.MasterKey.generate().toBase64(),
                "ALLYBOT_DATA_DIR",
                data.resolve("d").toString(),
                "ALLYBOT_CONTENT_DIR",
                data.toString()));

    assertThatThrownBy(() -> AllybotRuntime.start(settings, Map.of(), Clock.systemUTC()))
        .isInstanceOf(RuntimeException.class)
        .hasMessageNotContaining("problem(s)");
    assertThat(liveNonDaemonThreads()).isZero();
  }

  @Test
  void theEmbeddedDefaultStartsAndStopsCleanly() {
    try (AllybotRuntime runtime =
        AllybotRuntime.start(
            Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString())),
            Map.of(),
            Clock.systemUTC())) {
      assertThat(runtime.redis().ping()).isEqualTo("PONG");
      assertThat(runtime.schedulerRunning()).isTrue();
    }
    assertThat(data.resolve("redis")).isDirectory();
  }

  @Test
  void theEmbeddedDefaultGeneratesItsSecretKeyOnceReadableByItsOwnerOnly() throws Exception {
    Settings settings = Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString()));
    try (AllybotRuntime runtime = AllybotRuntime.start(settings, Map.of(), Clock.systemUTC())) {
      assertThat(runtime.redis().ping()).isEqualTo("PONG");
    }
    java.nio.file.Path key = data.resolve("secret.key");
    String first = java.nio.file.Files.readString(key);
    assertThat(org.allybot.core.MasterKey.fromBase64(first)).isNotNull();
    assertThat(java.nio.file.Files.getPosixFilePermissions(key))
        .containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

    try (AllybotRuntime again = AllybotRuntime.start(settings, Map.of(), Clock.systemUTC())) {
      assertThat(again.redis().ping()).isEqualTo("PONG");
    }
    assertThat(java.nio.file.Files.readString(key)).isEqualTo(first);
  }

  @Test
  void aDamagedSecretKeyFileStopsStartUpClearly() throws Exception {
    java.nio.file.Files.writeString(data.resolve("secret.key"), "not a key");
    Settings settings = Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString()));

    assertThatThrownBy(() -> AllybotRuntime.start(settings, Map.of(), Clock.systemUTC()))
        .hasMessageContaining("secret.key is damaged");
    assertThat(liveNonDaemonThreads()).isZero();
  }
}
