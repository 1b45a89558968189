package org.allybot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kind: language} translations: a rule's {@code why} in another language, with the English
 * terms and suggestions; missing and stale ones are noted, English-only fields are refused.
 */
class LanguageRuleTranslationTest {
  private static final String RULES =
      """
      kind: language
      items:
        - id: org-synergy
          terms: [synergy, synergies]
          level: consider
          category: other
          suggestions: [working together]
          why: "Plain words help everyone, including colleagues who speak English as a second language."
        - id: org-leverage
          terms: [leverage]
          level: consider
          category: other
          suggestions: [use]
          why: "A plain verb is quicker to read for everyone, whatever their first language is."
      """;

  private static final String SYNERGY_ES =
      """
      kind: language
      language: es
      items:
        - id: org-synergy
          version: 1
          why: "Las palabras sencillas ayudan a todo el mundo, también a quien habla inglés como segunda lengua."
      """;

  @TempDir Path pack;

  private List<String> orgNotes(LoadResult result) {
    return result.translationNotes().stream()
        .map(ContentProblem::message)
        .filter(m -> m.contains("'org-"))
        .toList();
  }

  private static LanguageRule rule(LoadResult result, String id) {
    return result.curriculum().languageRules().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTranslatedRuleKeepsItsEnglishTermsAndSuggestionsAndAnUntranslatedOneFallsBack()
      throws Exception {
    PackFixtures.write(pack, "language.yml", RULES);
    PackFixtures.write(pack, "es/language.yml", SYNERGY_ES);

    LoadResult result = ContentLoader.withOverlay(pack);

    assertThat(result.problems()).isEmpty();
    Localized<LanguageRule> es =
        result.curriculum().languageRule(rule(result, "org-synergy"), "es");
    assertThat(es.fallback()).isFalse();
    assertThat(es.item().why()).startsWith("Las palabras sencillas ayudan");
    assertThat(es.item().terms()).containsExactly("synergy", "synergies");
    assertThat(es.item().suggestions()).containsExactly("working together");
    Localized<LanguageRule> untranslated =
        result.curriculum().languageRule(rule(result, "org-leverage"), "es");
    assertThat(untranslated.fallback()).isTrue();
    assertThat(untranslated.item().why()).startsWith("A plain verb");
    assertThat(orgNotes(result))
        .containsExactly("missing es translation of language rule 'org-leverage'");
    int builtIn =
        ContentLoader.builtIn().curriculum().translations().get("es").languageRules().size();
    assertThat(result.curriculum().translations().get("es").counts())
        .containsEntry("languageRules", builtIn + 1);
  }

  @Test
  void aRuleWhoseEnglishMovedOnHasAStaleTranslation() throws Exception {
    PackFixtures.write(
        pack,
        "language.yml",
        RULES.replace("  - id: org-synergy\n", "  - id: org-synergy\n    version: 2\n"));
    PackFixtures.write(pack, "es/language.yml", SYNERGY_ES);

    LoadResult result = ContentLoader.withOverlay(pack);

    assertThat(result.problems()).isEmpty();
    assertThat(orgNotes(result))
        .contains(
            "stale es translation of language rule 'org-synergy': it translates version 1, the"
                + " English is at version 2");
  }

  @Test
  void aTranslationMayNotChangeTermsNorTranslateAnUnknownOrFutureRule() throws Exception {
    PackFixtures.write(pack, "language.yml", RULES);
    PackFixtures.write(
        pack,
        "es/language.yml",
        SYNERGY_ES.replace("    version: 1\n", "    version: 1\n    terms: [sinergia]\n")
            + """
              - id: org-nope
                version: 1
                why: "Una explicación de una regla que el paquete en inglés no tiene en absoluto."
              - id: org-leverage
                version: 3
                why: "Un verbo sencillo se lee antes, sea cual sea la primera lengua de cada persona."
            """);

    LoadResult result = ContentLoader.withOverlay(pack);

    assertThat(result.problems())
        .extracting(ContentProblem::message)
        .anySatisfy(m -> assertThat(m).startsWith("'terms' comes from the English rule"))
        .anySatisfy(m -> assertThat(m).contains("translates 'org-nope', which the English"))
        .anySatisfy(m -> assertThat(m).contains("translates version 3, but the English item"));
  }

  @Test
  void theBuiltInSpanishEditionExplainsEveryRule() {
    LoadResult builtIn = ContentLoader.builtIn();

    assertThat(builtIn.problems()).isEmpty();
    assertThat(builtIn.translationNotes()).isEmpty();
    LanguageRule guys = rule(builtIn, "guys");
    Localized<LanguageRule> es = builtIn.curriculum().languageRule(guys, "es");
    assertThat(es.fallback()).isFalse();
    assertThat(es.item().why()).startsWith("Mucha gente dice 'guys' con buena intención");
    assertThat(CurriculumStats.of(builtIn.curriculum()).languages().get("es"))
        .containsEntry("languageRules", builtIn.curriculum().languageRules().size());
  }
}
