package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.CoreHarness;
import org.allybot.core.digest.DigestSamples;
import org.allybot.core.home.HomeSamples;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An admin's App Home and the weekly digest, each at its longest (60 campaigns, every lesson and
 * poll of the pack in one week, texts at their limits), as Slack shows them in Spanish and in the
 * pseudo-locale: the home view keeps to 100 blocks, every text to its limit (sections 3,000,
 * headers 150, buttons 75), a cut text ends on a whole word, and nothing falls back to English.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class HomeAndDigestRenderTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> WORDS =
      Set.of("notice", "the", "moment", "and", "ask", "gently", "what", "would", "help", "quietly");
  private static final Pattern BEFORE_ELLIPSIS = Pattern.compile("(?<!\\p{L})(\\p{L}+)…");

  private final CoreHarness h;

  HomeAndDigestRenderTest(CoreHarness h) {
    this.h = h;
  }

  private static JsonNode json(Object value) throws Exception {
    return JSON.readTree(GsonFactory.createSnakeCase().toJson(value));
  }

  @Test
  void thePseudoLocaleHomeKeepsToTheHomeViewsLimits() throws Exception {
    JsonNode view = json(Views.home(HomeSamples.adminHome(h, Language.EN_XA)));

    assertThat(view.path("blocks").size()).isLessThanOrEqualTo(Views.VIEW_BLOCKS);
    assertThat(BlockKitLimits.viewProblems(view)).isEmpty();
    String text = view.toString();
    assertThat(text)
        .as("the campaigns that do not fit are named in the admin's language")
        .contains("20 ɱóŕé")
        .doesNotContain("did not fit");
  }

  @Test
  void theHomeRendersInSpanish() throws Exception {
    String view = json(Views.home(HomeSamples.adminHome(h, Language.ES))).toString();

    assertThat(view)
        .contains("Tu práctica como aliado")
        .contains("Enviar el siguiente ya")
        .contains("…y 20 campañas más: `/ally campaign list` las muestra todas.")
        .contains(HomeSamples.name(1))
        .doesNotContain(HomeSamples.name(HomeSamples.CAMPAIGNS))
        .doesNotContain("Your allyship practice")
        .doesNotContain("more campaigns")
        .doesNotContain("did not fit");
  }

  @Test
  void thePseudoLocaleDigestKeepsToSlacksLimits() throws Exception {
    Message digest = DigestSamples.longest(h, Language.EN_XA);

    List<String> problems = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (List<LayoutBlock> part : BlockKit.messages(digest)) {
      assertThat(part).hasSizeLessThanOrEqualTo(BlockKit.BLOCKS_PER_MESSAGE);
      JsonNode blocks = json(part);
      problems.addAll(BlockKitLimits.problems(blocks));
      all.append(blocks).append('\n');
    }
    assertThat(problems).isEmpty();
    assertThat(BlockKit.fallback(digest).length()).isLessThanOrEqualTo(BlockKit.SECTION_LIMIT);
    assertThat(all.toString()).contains("Ƒŕóɱ ţĥé çóɱɱúñíţý óƒ ƥŕáçţíçé").contains("<@U0THANKED1>");
  }

  @Test
  void theDigestRendersInSpanishAndCutsTextsOnlyBetweenWords() throws Exception {
    Message digest = DigestSamples.longest(h, Language.ES);

    StringBuilder all = new StringBuilder();
    for (List<LayoutBlock> part : BlockKit.messages(digest)) {
      all.append(json(part)).append('\n');
    }
    assertThat(all.toString())
        .contains("*Desde la comunidad de práctica*")
        .contains("_La situación:_ notice the moment")
        .contains("*Gestos de aliados esta semana*")
        .contains("agradecimientos más compartidos esta semana")
        .doesNotContain("From the community")
        .doesNotContain("thanks shared");
    String shown = all.toString().replace("\\n", "\n");
    assertThat(shown)
        .as("no sense is named without a thanks under it")
        .doesNotContainPattern("\n_[^_\n]+_\n(_|…)");
    Matcher cut = BEFORE_ELLIPSIS.matcher(shown);
    int cuts = 0;
    while (cut.find()) {
      cuts++;
      assertThat(WORDS)
          .as("a text cut after a whole word, not \"" + context(shown, cut) + "\"")
          .contains(cut.group(1));
    }
    assertThat(cuts)
        .as("the situation, what the asker did and each thanks are cut")
        .isGreaterThan(10);
  }

  /** The text around a cut, to show where it fell. */
  private static String context(CharSequence text, Matcher cut) {
    return text.subSequence(Math.max(0, cut.start() - 40), cut.end()).toString();
  }
}
