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
        .containsExactly("recipient", "what", "sense", "public", "quote");
    assertThat(withQuote.fields().getFirst().type()).isEqualTo(Block.FieldType.PERSON);
    assertThat(withQuote.fields().getFirst().initial()).isEqualTo("U0SAM");
    assertThat(withQuote.fields().get(2).choices())
        .containsExactly("suggest", "act", "listen", "privilege", "speak", "bias", "empathy");
    assertThat(withQuote.fields().get(4).initial()).isEqualTo("no");
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

  private static Map<String, String> to(String recipient, String quote) {
    Map<String, String> v = new java.util.HashMap<>(values("Inviting Ola in", "listen", quote));
    v.put(ThanksForm.RECIPIENT, recipient);
    return v;
  }

  @Test
  void theGiverCanPickAnotherRecipientThanTheMessagesAuthor() {
    scene.submit("ana", "thanks.form|U0SAM", to("U0BOB", "no"));
    scene.submit("ana", "thanks.form|U0SAM", to("@cat", "yes"));

    assertThat(scene.stored()).extracting(Recognition::recipientId).containsExactly("U0BOB", "cat");
    assertThat(scene.stored())
        .extracting(Recognition::quote)
        .containsExactly("", "Let's hear from Ola before we decide.");
    assertThat(scene.toMembers()).extracting(d -> d.userId()).containsExactly("U0BOB", "cat");
  }

  @Test
  void aClearedYourselfABotOrAnUnknownRecipientIsShownUnderTheRecipientField() {
    scene.h.platform.know("B0BOT", org.allybot.core.UserKind.BOT);
    scene.h.platform.know("U0GONE", org.allybot.core.UserKind.UNKNOWN);

    Reply cleared = scene.submit("ana", "thanks.form|U0SAM", to(" ", "no"));
    Reply self = scene.submit("ana", "thanks.form|U0SAM", to("ana", "no"));
    Reply bot = scene.submit("ana", "thanks.form|U0SAM", to("B0BOT", "no"));
    Reply gone = scene.submit("ana", "thanks.form|U0SAM", to("U0GONE", "no"));

    assertThat(cleared.fieldErrors())
        .containsExactly(Map.entry("recipient", "Choose the person you'd like to thank."));
    assertThat(self.fieldErrors().get("recipient")).startsWith("That's kind, but thanks go to");
    assertThat(bot.fieldErrors().get("recipient")).startsWith("Bots don't need thanks");
    assertThat(gone.fieldErrors().get("recipient")).startsWith("I can't find @U0GONE");
    assertThat(scene.stored()).isEmpty();
    assertThat(scene.deliveries()).isEmpty();
  }
}
