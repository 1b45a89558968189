package org.allybot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.allybot.core.MasterKey;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.desk.DeskSeal;
import org.allybot.core.desk.DeskSetup;
import org.allybot.core.store.RedisConnection;
import org.allybot.core.store.RedisDeskStore;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.UnifiedJedis;

/** {@code allybot keys rotate} against a Redis holding desk values under the old key. */
@ExtendWith(EmbeddedRedisExtension.class)
class KeysCommandTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T0KEYS");
  private final RedisEndpoint endpoint;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  KeysCommandTest(RedisEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  private int rotate(Map<String, String> env) {
    return KeysCommand.Rotate.rotate(env, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void rotateResealsUnderTheNewKeyAndSaysWhatItDid() {
    MasterKey old = MasterKey.generate();
    MasterKey fresh = MasterKey.generate();
    try (UnifiedJedis redis = RedisConnection.open(endpoint.url())) {
      redis.flushAll();
      DeskSetup setup =
          new DeskSetup(
              java.util.List.of("U1"), false, java.time.LocalDate.EPOCH, java.util.List.of());
      new RedisDeskStore(redis, new DeskSeal(old, null)).saveSetup(WS, setup);

      int code =
          rotate(
              Map.of(
                  "REDIS_URL", endpoint.url(),
                  "ALLYBOT_SECRET_KEY", fresh.toBase64(),
                  "ALLYBOT_SECRET_KEY_PREVIOUS", old.toBase64()));

      assertThat(code).isZero();
      assertThat(out.toString()).contains("Re-sealed 1 report desk value(s)");
      assertThat(new RedisDeskStore(redis, new DeskSeal(fresh, null)).setup(WS)).contains(setup);
    }
  }

  @Test
  void rotateWithoutThePreviousKeySaysHowToRunIt() {
    int code =
        rotate(
            Map.of(
                "REDIS_URL",
                endpoint.url(),
                "ALLYBOT_SECRET_KEY",
                MasterKey.generate().toBase64()));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("set ALLYBOT_SECRET_KEY_PREVIOUS to the old key");
  }
}
