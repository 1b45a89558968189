package org.allybot.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.allybot.content.Sense;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Block;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The form Slack's "Recognise allyship" shortcut and Teams' message action open: the message's
 * author as recipient, and the message quoted only when the giver ticks the box.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class ThanksFormTest {
  @RegisterExtension static final PerTest<ThanksScene> SCENE = ThanksScene.perTest();
  private final ThanksScene scene;

  ThanksFormTest(ThanksScene scene) {
    this.scene = scene;
  }

  private static Map<String, String> values(String what, String sense, String quote) {
    return Map.of(
        ThanksForm.WHAT, what,
        ThanksForm.SENSE, sense,
        ThanksForm.PUBLIC, "no",
        ThanksForm.QUOTE, quote,
        ThanksForm.QUOTED_TEXT, "Let's hear from Ola before we decide.");
  }

  @Test
  void theFormNamesTheAuthorAsRecipientAndOffersTheQuoteOnlyWhenThereIsOne() {
    Block.Form withQuote = scene.reply("ana", "thanks form <@U0SAM|sam> quote").form();
    Block.Form without = scene.reply("ana", "thanks form <@U0SAM>").form();

    assertThat(withQuote.formId()).isEqualTo("thanks.form|U0SAM");
    assertThat(withQuote.title()).isEqualTo("Recognise allyship");
    assertThat(withQuote.fields())
        .extracting(Block.Field::id)
        .containsExactly("what", "sense", "public", "quote");
    assertThat(withQuote.fields().get(1).choices())
        .containsExactly("suggest", "act", "listen", "privilege", "speak", "bias", "empathy");
    assertThat(withQuote.fields().get(3).initial()).isEqualTo("no");
    assertThat(without.fields()).extracting(Block.Field::id).doesNotContain("quote");
  }

  @Test
  void theFormForYourOwnMessageIsRefused() {
    assertThat(CoreHarness.text(scene.reply("ana", "thanks form @ana quote")))
        .startsWith("That's kind, but thanks go to someone else.");
  }

  @Test
  void theMessageIsQuotedOnlyWhenTheGiverTicksTheBox() {
    scene.submit("ana", "thanks.form|U0SAM", values("Inviting Ola in", "listen", "no"));
    scene.submit("bob", "thanks.form|U0SAM", values("Inviting Ola in", "listen", "yes"));

    assertThat(scene.stored())
        .extracting(Recognition::quote)
        .containsExactly("", "Let's hear from Ola before we decide.");
    assertThat(scene.composedText(scene.toMembers().getFirst())).doesNotContain("They quoted");
    assertThat(scene.composedText(scene.toMembers().getLast()))
        .contains("_They quoted:_ \u201cLet's hear from Ola before we decide.\u201d");
  }

  @Test
  void leavingTheSenseOnSuggestAnswersWithTheSuggestion() {
    Reply reply =
        scene.submit("ana", "thanks.form|U0SAM", values("She spoke up for Ola", "suggest", "no"));

    assertThat(CoreHarness.text(reply)).contains("This sounds like *Speak out* to me");
    assertThat(scene.stored().getFirst().sense()).isNull();
    assertThat(scene.deliveries()).isEmpty();
  }

  @Test
  void anEmptyOrOversizedDeedKeepsTheFormOpenWithWhatToFix() {
    Reply empty = scene.submit("ana", "thanks.form|U0SAM", values("  ", "act", "no"));
    Reply huge = scene.submit("ana", "thanks.form|U0SAM", values("y".repeat(1001), "act", "no"));
    Reply badSense = scene.submit("ana", "thanks.form|U0SAM", values("Helping", "kind", "no"));

    assertThat(empty.fieldErrors()).containsOnlyKeys("what");
    assertThat(huge.fieldErrors().get("what")).startsWith("That's a long thanks (1001 characters");
    assertThat(badSense.fieldErrors().get("sense")).startsWith("'kind' is not a sense.");
    assertThat(scene.stored()).isEmpty();
  }

  @Test
  void aFormWithABrokenIdChangesNothing() {
    assertThat(CoreHarness.text(scene.submit("ana", "thanks.form|", values("x", "act", "no"))))
        .isEqualTo("That form is not available any more.");
    assertThat(scene.stored()).isEmpty();
  }

  @Test
  void aSenseChosenInTheFormSendsAtOnce() {
    scene.submit("ana", "thanks.form|U0SAM", values("Captioning the all-hands", "bias", "no"));

    assertThat(scene.stored().getFirst().sense()).isEqualTo(Sense.BIAS);
    assertThat(scene.toMembers())
        .singleElement()
        .satisfies(d -> assertThat(d.userId()).isEqualTo("U0SAM"));
  }
}
