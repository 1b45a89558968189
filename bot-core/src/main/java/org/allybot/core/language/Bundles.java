package org.allybot.core.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The bot's own texts, one UTF-8 {@code .properties} bundle per language under {@code
 * allybot/messages/}, read once. Each value is an ICU {@code MessageFormat} pattern with named
 * arguments.
 */
public final class Bundles {
  private static final Bundles BUILT_IN = load();

  private final Map<Language, Map<String, String>> patterns;

  Bundles(Map<Language, Map<String, String>> patterns) {
    this.patterns = Map.copyOf(patterns);
  }

  public static Bundles builtIn() {
    return BUILT_IN;
  }

  /** The languages with a bundle of their own (the pseudo-locale has none). */
  public java.util.Set<Language> languages() {
    return patterns.keySet();
  }

  /** Every key and pattern of one language's bundle. */
  public Map<String, String> of(Language language) {
    return patterns.getOrDefault(language, Map.of());
  }

  /** The pattern for {@code key} in {@code language}, or in English when that bundle lacks it. */
  Optional<String> pattern(Language language, String key) {
    String own = of(language.source()).get(key);
    return Optional.ofNullable(own != null ? own : of(Language.EN).get(key));
  }

  private static Bundles load() {
    Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      if (language.source() == language) {
        all.put(language, read("allybot/messages/messages_" + language.tag() + ".properties"));
      }
    }
    return new Bundles(all);
  }

  private static Map<String, String> read(String resource) {
    try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing message bundle " + resource);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new HashMap<>();
      p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
