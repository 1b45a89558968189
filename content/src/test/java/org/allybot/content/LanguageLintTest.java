package org.allybot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code content lint} on language rules, and what an organisation's pack can do with them. */
class LanguageLintTest {
  private static final String RULE =
      """
      kind: language
      items:
        - id: org-synergy
          terms: [synergy, synergies]
          level: consider
          category: other
          suggestions: [working together]
          why: "Plain words help everyone, including colleagues who speak English as a second language."
      """;

  @TempDir Path pack;

  @Test
  void theBuiltInRulesCoverAtLeast120TermsInEveryCategory() {
    var rules = ContentLoader.builtIn().curriculum().languageRules();

    assertThat(rules.stream().mapToInt(r -> r.terms().size()).sum()).isGreaterThanOrEqualTo(120);
    assertThat(rules.stream().map(LanguageRule::category).distinct())
        .containsExactlyInAnyOrder(LanguageRule.Category.values());
    assertThat(rules.stream().map(LanguageRule::level).distinct())
        .containsExactlyInAnyOrder(LanguageRule.Level.values());
  }

  @Test
  void anOrganisationAddsARuleAndSwitchesABuiltInOneOff() throws Exception {
    PackFixtures.write(pack, "language.yml", RULE + "  - {id: guys, disabled: true}\n");

    LoadResult merged = ContentLoader.withOverlay(pack);

    assertThat(merged.problems()).isEmpty();
    assertThat(merged.curriculum().languageRules())
        .extracting(LanguageRule::id)
        .contains("org-synergy", "manpower")
        .doesNotContain("guys");
  }

  @Test
  void lintNamesEveryBrokenFieldOfARule() throws Exception {
    PackFixtures.write(
        pack,
        "language.yml",
        """
        kind: language
        items:
          - id: Bad_Id
            terms: ["two  spaces", "ok"]
            level: maybe
            category: feelings
            suggestions: []
            why: Too short.
        """);

    LoadResult result = ContentLoader.folderOnly(pack);

    assertThat(result.problems())
        .extracting(ContentProblem::message)
        .anySatisfy(m -> assertThat(m).contains("lower-case words"))
        .anySatisfy(m -> assertThat(m).contains("'two  spaces' must be words"))
        .anySatisfy(m -> assertThat(m).contains("'level' must be one of [consider, avoid]"))
        .anySatisfy(m -> assertThat(m).contains("category 'feelings' must be one of"))
        .anySatisfy(m -> assertThat(m).contains("1-8 suggestions"))
        .anySatisfy(m -> assertThat(m).contains("'why' has 2 words"));
  }

  @Test
  void aTermInTwoRulesAndAnUnknownDisabledIdAreProblems() throws Exception {
    PackFixtures.write(
        pack,
        "language.yml",
        RULE
            + """
              - id: org-guys
                terms: [you guys]
                level: consider
                category: gender
                suggestions: [you all]
                why: "A second rule for a term the built-in pack already has, which lint should catch."
              - {id: no-such-rule, disabled: true}
            """);

    LoadResult result = ContentLoader.withOverlay(pack);

    assertThat(result.problems())
        .extracting(ContentProblem::message)
        .contains(
            "term 'you guys' is in both 'guys' and 'org-guys'",
            "'no-such-rule' is disabled but no language rule has that id");
  }
}
