package org.allybot.server.runtime;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allybot.core.CoreConfig;
import org.allybot.core.MasterKey;
import org.allybot.core.community.CommunityConfig;
import org.allybot.core.desk.DeskSettings;
import org.allybot.core.language.Language;
import org.allybot.core.recognition.RecognitionConfig;
import org.allybot.core.store.RedisUrl;
import org.allybot.server.xapi.XapiSettings;

/**
 * The server's settings, read once from the environment. Every problem is collected, so a bad
 * start-up lists them all at once. {@code secretKey} is null when the embedded default should
 * generate one in the data folder; {@code xapi} is null when the xAPI export is off.
 */
public record Settings(
    int port,
    Path dataDir,
    String redisUrl,
    Path contentDir,
    CoreConfig core,
    CommunityConfig community,
    MasterKey secretKey,
    XapiSettings xapi,
    DeskSettings desk,
    RecognitionConfig thanks) {

  /** Reads the environment; throws {@link SettingsException} listing every problem. */
  public static Settings from(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    int port = integer(env, "PORT", 3000, 1, 65535, problems);
    Path dataDir = Path.of(env.getOrDefault("ALLYBOT_DATA_DIR", "./data"));
    String redisUrl = env.getOrDefault("REDIS_URL", "").strip();
    if (!redisUrl.isEmpty()) {
      try {
        RedisUrl.parse(redisUrl);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    String contentRaw = env.getOrDefault("ALLYBOT_CONTENT_DIR", "").strip();
    Path contentDir = contentRaw.isEmpty() ? null : Path.of(contentRaw);
    ZoneId zone = ZoneId.of("UTC");
    try {
      zone = ZoneId.of(env.getOrDefault("ALLYBOT_DEFAULT_TZ", "UTC"));
    } catch (DateTimeException e) {
      problems.add("ALLYBOT_DEFAULT_TZ must be an IANA time zone such as Europe/London");
    }
    int retention = integer(env, "ALLYBOT_RETENTION_DAYS", 730, 1, 36500, problems);
    int graceHours = integer(env, "ALLYBOT_GRACE_HOURS", 6, 0, 168, problems);
    String publicUrl = env.getOrDefault("ALLYBOT_PUBLIC_URL", "http://localhost:" + port);
    if (!publicUrl.matches("https?://.+")) {
      problems.add("ALLYBOT_PUBLIC_URL must start with http:// or https://");
    }
    Set<String> admins = new LinkedHashSet<>();
    Arrays.stream(env.getOrDefault("ALLYBOT_ADMINS", "").split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(admins::add);
    MasterKey secretKey = secretKey(env, !redisUrl.isEmpty(), problems);
    int asks = integer(env, "ALLYBOT_COMMUNITY_ASKS_PER_DAY", 5, 1, 1000, problems);
    int advice = integer(env, "ALLYBOT_COMMUNITY_ADVICE_PER_DAY", 20, 1, 10000, problems);
    DeskSettings desk = desk(env, secretKey, problems);
    int thanksPerDay =
        integer(
            env,
            "ALLYBOT_THANKS_PER_DAY",
            RecognitionConfig.DEFAULT_THANKS_PER_DAY,
            1,
            1000,
            problems);
    XapiSettings xapi =
        XapiSettings.from(env, !env.getOrDefault("ALLYBOT_PUBLIC_URL", "").isBlank(), problems);
    Language language = defaultLanguage(env, problems);
    if (!problems.isEmpty()) {
      throw new SettingsException(problems);
    }
    CoreConfig core =
        new CoreConfig(
                admins,
                zone,
                retention,
                publicUrl,
                LocalTime.of(9, 30),
                Duration.ofHours(graceHours))
            .withDefaultLanguage(language);
    CommunityConfig community =
        new CommunityConfig(asks, advice, CommunityConfig.defaults().nudgeAfter());
    return new Settings(
        port,
        dataDir,
        redisUrl,
        contentDir,
        core,
        community,
        secretKey,
        xapi,
        desk,
        new RecognitionConfig(thanksPerDay));
  }

  /** ALLYBOT_DEFAULT_LANGUAGE: for members and channels nobody chose a language for. */
  private static Language defaultLanguage(Map<String, String> env, List<String> problems) {
    String raw = env.getOrDefault("ALLYBOT_DEFAULT_LANGUAGE", "en");
    return Language.ofTag(raw)
        .orElseGet(() -> {
          problems.add("ALLYBOT_DEFAULT_LANGUAGE must be en, es or en-XA, not '" + raw + "'");
          return Language.EN;
        });
  }

  /** The key that seals anonymous links; its value never appears in a message. */
  private static MasterKey secretKey(
      Map<String, String> env, boolean sharedRedis, List<String> problems) {
    String raw = env.getOrDefault("ALLYBOT_SECRET_KEY", "").strip();
    if (raw.isEmpty()) {
      if (sharedRedis) {
        problems.add(
            "ALLYBOT_SECRET_KEY is required when REDIS_URL is set: base64 of 32 random bytes"
                + " (for example from 'openssl rand -base64 32'), the same on every instance");
      }
      return null;
    }
    try {
      return MasterKey.fromBase64(raw);
    } catch (IllegalArgumentException e) {
      problems.add(
          "ALLYBOT_SECRET_KEY must be base64 of 32 random bytes ("
              + e.getMessage()
              + "); make one with 'openssl rand -base64 32'");
      return null;
    }
  }

  /**
   * The report desk's settings: the key a rotation moves away from ({@code
   * ALLYBOT_SECRET_KEY_PREVIOUS}, optional, never the same as the current one) and how long closed
   * reports are kept.
   */
  private static DeskSettings desk(
      Map<String, String> env, MasterKey current, List<String> problems) {
    int days =
        integer(
            env,
            "ALLYBOT_DESK_RETENTION_DAYS",
            DeskSettings.DEFAULT_RETENTION_DAYS,
            1,
            36500,
            problems);
    String raw = env.getOrDefault("ALLYBOT_SECRET_KEY_PREVIOUS", "").strip();
    if (raw.isEmpty()) {
      return new DeskSettings(null, days);
    }
    try {
      MasterKey previous = MasterKey.fromBase64(raw);
      if (previous.equals(current)) {
        problems.add(
            "ALLYBOT_SECRET_KEY_PREVIOUS is the same as ALLYBOT_SECRET_KEY: set the new key as"
                + " ALLYBOT_SECRET_KEY and the old one as ALLYBOT_SECRET_KEY_PREVIOUS");
      }
      return new DeskSettings(previous, days);
    } catch (IllegalArgumentException e) {
      problems.add(
          "ALLYBOT_SECRET_KEY_PREVIOUS must be base64 of 32 bytes ("
              + e.getMessage()
              + "): the key Allybot used before this one");
      return new DeskSettings(null, days);
    }
  }

  private static int integer(
      Map<String, String> env, String name, int fallback, int min, int max, List<String> problems) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(name + " must be a whole number from " + min + " to " + max);
    return fallback;
  }

  /** One or more settings are wrong; the message lists them all. */
  public static final class SettingsException extends RuntimeException {
    private final List<String> problems;

    public SettingsException(List<String> problems) {
      super("Allybot cannot start; fix these settings:\n  - " + String.join("\n  - ", problems));
      this.problems = List.copyOf(problems);
    }

    /** Each problem on its own, so that several settings' problems can be listed together. */
    public List<String> problems() {
      return problems;
    }
  }
}
