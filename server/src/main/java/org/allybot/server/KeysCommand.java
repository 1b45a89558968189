package org.allybot.server;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.allybot.core.MasterKey;
import org.allybot.core.desk.DeskSeal;
import org.allybot.core.store.RedisConnection;
import org.allybot.core.store.RedisDeskResealing;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.EmbeddedRedis;
import org.allybot.server.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import redis.clients.jedis.UnifiedJedis;

/** {@code allybot keys}: looks after what the secret key sealed. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Look after what the secret key sealed.",
    subcommands = {KeysCommand.Rotate.class})
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code keys rotate}: re-seals the report desk under ALLYBOT_SECRET_KEY. */
  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      description = {
        "Re-seal every report desk value under ALLYBOT_SECRET_KEY, reading what"
            + " ALLYBOT_SECRET_KEY_PREVIOUS sealed.",
        "Safe while Allybot runs, and safe to interrupt: run it again to finish.",
        "It covers the report desk only (see the README's Report desk section)."
      })
  static final class Rotate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return rotate(System.getenv(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Exit 0 when everything opened and is now under the current key; 1 otherwise. */
    static int rotate(Map<String, String> env, PrintWriter out, PrintWriter err) {
      Settings settings = Settings.from(env);
      MasterKey previous = settings.desk().previousKey();
      if (previous == null) {
        err.println(
            "allybot: set ALLYBOT_SECRET_KEY_PREVIOUS to the old key and ALLYBOT_SECRET_KEY to the"
                + " new one, then run 'allybot keys rotate' again.");
        return 1;
      }
      MasterKey current = AllybotRuntime.secretKey(settings);
      EmbeddedRedis embedded =
          settings.redisUrl().isEmpty()
              ? EmbeddedRedis.start(settings.dataDir().resolve("redis"))
              : null;
      try (UnifiedJedis redis =
          RedisConnection.open(embedded == null ? settings.redisUrl() : embedded.url())) {
        RedisDeskResealing.Outcome done =
            new RedisDeskResealing(redis, new DeskSeal(current, previous)).run();
        out.printf(
            "Re-sealed %d report desk value(s) under the current key; %d already were.%n",
            done.resealed(), done.unchanged());
        if (done.unreadable() > 0) {
          err.printf(
              "allybot: %d value(s) open with neither key and were left as they are. Check"
                  + " ALLYBOT_SECRET_KEY_PREVIOUS, then run this again.%n",
              done.unreadable());
          return 1;
        }
        out.println(
            "Done. Once every instance runs with the new key, ALLYBOT_SECRET_KEY_PREVIOUS can go.");
        return 0;
      } finally {
        if (embedded != null) {
          embedded.close();
        }
      }
    }
  }
}
