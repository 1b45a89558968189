package org.allybot.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BundleConsistencyTest {
  private final Bundles bundles = Bundles.builtIn();

  @Test
  void everyLanguageWithABundleIsLoaded() {
    assertThat(bundles.languages()).containsExactlyInAnyOrder(Language.EN, Language.ES);
  }

  @Test
  void everyKeyIsInEveryLanguage() {
    List<String> problems = new ArrayList<>();
    Set<String> english = bundles.of(Language.EN).keySet();
    for (Language language : bundles.languages()) {
      Set<String> own = bundles.of(language).keySet();
      new TreeSet<>(english)
          .stream()
              .filter(k -> !own.contains(k))
              .forEach(k -> problems.add(language.tag() + " lacks " + k));
      new TreeSet<>(own)
          .stream()
              .filter(k -> !english.contains(k))
              .forEach(k -> problems.add(language.tag() + " has " + k + ", which English lacks"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyPatternHasTheSameArgumentsInEveryLanguage() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : bundles.of(Language.EN).entrySet()) {
      Set<String> english = arguments(e.getValue());
      for (Language language : bundles.languages()) {
        String pattern = bundles.of(language).get(e.getKey());
        if (pattern != null && !arguments(pattern).equals(english)) {
          problems.add(
              language.tag() + " " + e.getKey() + ": " + arguments(pattern) + " vs " + english);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void placeholderCheckNoticesARenamedArgument() {
    assertThat(arguments("Hola {nombre}, {n, plural, one {# voto} other {# votos}}"))
        .containsExactly("n", "nombre");
    assertThat(arguments("Hi {name}")).isNotEqualTo(arguments("Hola {nombre}"));
  }

  /** The named arguments of a pattern; parsing also proves that the pattern is valid ICU. */
  static Set<String> arguments(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
        names.add(parsed.getSubstring(part));
      }
    }
    return names;
  }
}
