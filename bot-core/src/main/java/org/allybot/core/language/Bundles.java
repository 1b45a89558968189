package org.allybot.core.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The bot's own texts, read once from UTF-8 {@code .properties} bundles under {@code
 * allybot/messages/}: one file per feature and language, {@code <feature>_<tag>.properties}, with
 * the features listed in {@code allybot/messages/index.txt}. Each value is an ICU {@code
 * MessageFormat} pattern with named arguments. A key lives in one feature's file only.
 */
public final class Bundles {
  private static final String DIRECTORY = "allybot/messages/";
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
    List<String> features = features();
    Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      if (language.source() == language) {
        Map<String, String> merged = new HashMap<>();
        for (String feature : features) {
          String resource = DIRECTORY + feature + "_" + language.tag() + ".properties";
          read(resource)
              .forEach((key, pattern) -> {
                if (merged.putIfAbsent(key, pattern) != null) {
                  throw new IllegalStateException("Key " + key + " is in two bundles");
                }
              });
        }
        all.put(language, merged);
      }
    }
    return new Bundles(all);
  }

  private static List<String> features() {
    try (InputStream in = resource(DIRECTORY + "index.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Bundles.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Missing message bundle " + name);
    }
    return in;
  }

  private static Map<String, String> read(String resource) {
    try (InputStream in = resource(resource)) {
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
