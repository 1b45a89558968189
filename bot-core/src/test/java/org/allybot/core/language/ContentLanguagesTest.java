package org.allybot.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.allybot.content.Curriculum;
import org.allybot.content.Lesson;
import org.allybot.content.Translation;
import org.allybot.core.CoreHarness;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Admins see which items fall back to English in each language ({@code /ally content}); members see
 * such an item in English with a one-line note, and cannot list them.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class ContentLanguagesTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;

  ContentLanguagesTest(CoreHarness harness) {
    this.harness = harness;
  }

  /** The built-in curriculum with one Spanish lesson left out and another a version behind. */
  private Curriculum withGaps() {
    Curriculum c = harness.bot.context().curriculum();
    Translation es = c.translations().get("es");
    Lesson missing = c.lessons().get(0);
    Lesson stale = c.lessons().get(1);
    Map<String, Lesson> lessons = new HashMap<>(es.lessons());
    lessons.remove(missing.id());
    Map<String, Integer> versions = new HashMap<>(es.versions());
    versions.put(stale.id(), stale.version() - 1);
    Translation gappy =
        new Translation(
            "es",
            lessons,
            es.scenarios(),
            es.surveys(),
            es.digest(),
            es.topics(),
            es.languageRules(),
            versions);
    return new Curriculum(
        c.lessons(),
        c.scenarios(),
        c.surveys(),
        c.digestTemplates(),
        c.topics(),
        c.languageRules(),
        Map.of("es", gappy));
  }

  @Test
  void anAdminSeesTheItemsThatFallBackToEnglishAndTheStaleOnes() {
    Curriculum c = withGaps();
    String shown = CoreHarness.text(new ContentLanguages(c).show(Messages.in(Language.EN)));

    int items =
        c.lessons().size() + c.scenarios().size() + c.surveys().size() + c.digestTemplates().size();
    assertThat(shown)
        .contains("== Content languages ==")
        .contains("*Spanish*: " + (items - 1) + " of " + items + " items translated.")
        .contains(
            "Shown in English, with a note to members that it isn't translated yet (1):"
                + " lesson `"
                + c.lessons().get(0).id()
                + "`")
        .contains(
            "Translated from an older English version (1): lesson `"
                + c.lessons().get(1).id()
                + "`")
        .contains("./allybot content lint");
  }

  @Test
  void theBuiltInSpanishEditionIsCompleteAndOnlyAdminsMayAsk() {
    String admin = CoreHarness.text(harness.say("boss", "content"));
    String member = CoreHarness.text(harness.say("ana", "content"));

    assertThat(admin).contains("*Spanish*: ").doesNotContain("Shown in English");
    assertThat(member).contains("Only Allybot admins can do that.");
  }

  @Test
  void aSpanishAdminReadsTheListInSpanish() {
    harness.say("boss", "language es");

    assertThat(CoreHarness.text(harness.say("boss", "content")))
        .contains("== Idiomas del contenido ==")
        .contains("*español*: ");
  }
}
