package org.allybot.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Public thanks reach the recognition channel only after the recipient says yes, once, with one
 * click; their standing preference (always, ask, never) decides whether they are asked at all.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class PublicThanksConsentTest {
  @RegisterExtension static final PerTest<ThanksScene> SCENE = ThanksScene.perTest();
  private final ThanksScene scene;

  PublicThanksConsentTest(ThanksScene scene) {
    this.scene = scene;
  }

  private List<Button> recipientButtons() {
    return scene.composed(scene.toMembers().getLast()).buttons();
  }

  private Button button(String label) {
    return recipientButtons().stream()
        .filter(b -> b.label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void onlyAdminsChooseTheRecognitionChannel() {
    assertThat(scene.say("ana", "thanks channel #kudos"))
        .isEqualTo("Only Allybot admins can choose the recognition channel. Ask an admin.");
    assertThat(scene.say("boss", "thanks channel <#CKUDOS|kudos>"))
        .startsWith(
            "Public thanks will be posted in <#CKUDOS>, each only after its recipient says yes.");
    assertThat(scene.say("boss", "thanks channel kudos"))
        .startsWith("Name the channel, for example `/ally thanks channel #kudos`.");
  }

  @Test
  void publicThanksWithoutAChannelStaysPrivateAndTheGiverIsTold() {
    String reply = scene.say("ana", "thanks @sam for listening --sense listen --public");

    assertThat(reply)
        .endsWith(
            "There's no recognition channel yet (an admin can set one with `/ally thanks channel #channel`), so it stays private.");
    assertThat(recipientButtons()).isEmpty();
    assertThat(scene.toChannel()).isEmpty();
  }

  @Test
  void theRecipientIsAskedFirstAndNothingIsPostedBeforeTheySayYes() {
    scene.setChannel();

    String reply = scene.say("ana", "thanks @sam for listening --sense listen --public");

    assertThat(reply).endsWith("If they agree, it will also be posted in <#CKUDOS>.");
    assertThat(scene.composedText(scene.toMembers().getFirst()))
        .contains("<@ana> would like to share this in <#CKUDOS>. Is that all right with you?")
        .contains("[1] Yes, share it [2] Always share my thanks [3] Keep it private");
    assertThat(scene.toChannel()).isEmpty();
  }

  @Test
  void yesPostsItToTheChannelOnceHoweverOftenItIsClicked() {
    scene.setChannel();
    scene.say("ana", "thanks @sam for listening --sense listen --public");
    Button yes = button("Yes, share it");

    Reply first = scene.press("sam", yes);
    Reply second = scene.press("sam", yes);

    assertThat(first.replaceOriginal()).isTrue();
    assertThat(CoreHarness.text(first)).contains("Shared in <#CKUDOS>. Enjoy it: you earned it.");
    assertThat(CoreHarness.text(second)).isEqualTo(CoreHarness.text(first));
    assertThat(first.messages().getFirst().buttons())
        .extracting(Button::label)
        .containsExactly("Stop sharing it");
    Delivery post = scene.toChannel().getFirst();
    assertThat(scene.toChannel()).hasSize(1);
    assertThat(post.channelId()).isEqualTo("CKUDOS");
    assertThat(scene.composedText(post))
        .isEqualTo(
            "<@ana> thanked <@sam> for: listening\n"
                + "  (Listen to others: making room for someone's experience and believing it.)");
    assertThat(scene.stored().getFirst().state()).isEqualTo(Recognition.State.PUBLIC);
  }

  @Test
  void keepItPrivatePostsNothingAndLaterClicksChangeNothing() {
    scene.setChannel();
    scene.say("ana", "thanks @sam for listening --sense listen --public");
    Button no = button("Keep it private");
    Button yes = button("Yes, share it");

    assertThat(CoreHarness.text(scene.press("sam", no))).contains("Kept private");
    assertThat(CoreHarness.text(scene.press("sam", yes))).contains("Kept private");

    assertThat(scene.toChannel()).isEmpty();
    assertThat(scene.stored().getFirst().state()).isEqualTo(Recognition.State.KEPT_PRIVATE);
  }

  @Test
  void onlyTheRecipientMayAnswer() {
    scene.setChannel();
    scene.say("ana", "thanks @sam for listening --sense listen --public");

    assertThat(CoreHarness.text(scene.press("ana", button("Yes, share it"))))
        .isEqualTo("Only the person who was thanked can answer that.");
    assertThat(scene.toChannel()).isEmpty();
  }

  @Test
  void alwaysShareBecomesTheStandingPreferenceAndLaterThanksArePostedWithoutAsking() {
    scene.setChannel();
    scene.say("ana", "thanks @sam for listening --sense listen --public");

    scene.press("sam", button("Always share my thanks"));
    String second = scene.say("bob", "thanks @sam for speaking up --sense speak --public");

    assertThat(second)
        .endsWith("They're happy for thanks to be shared, so it will also be posted in <#CKUDOS>.");
    assertThat(scene.toChannel()).hasSize(2);
    assertThat(scene.composedText(scene.toMembers().getLast()))
        .contains("Shared in <#CKUDOS>")
        .doesNotContain("Is that all right with you?");
    assertThat(scene.say("sam", "thanks sharing"))
        .startsWith("Thanks to you are always shared publicly when the giver asks for it.");
  }

  @Test
  void recipientsWhoSayNeverAreNotAskedAndItStaysPrivate() {
    scene.setChannel();
    assertThat(scene.say("sam", "thanks sharing never"))
        .startsWith("Thanks to you are never shared publicly");

    String reply = scene.say("ana", "thanks @sam for listening --sense listen --public");

    assertThat(reply)
        .endsWith("They prefer to keep thanks private, so it stays between the two of you.");
    assertThat(recipientButtons()).isEmpty();
    assertThat(scene.toChannel()).isEmpty();
  }

  @Test
  void thePreferenceIsShownAndCanBeChangedBack() {
    assertThat(scene.say("sam", "thanks sharing"))
        .isEqualTo(
            "Thanks to you are shared publicly only after you say yes each time. Change it with"
                + " `/ally thanks sharing [always|ask|never]`.");
    scene.say("sam", "thanks sharing always");
    scene.say("sam", "thanks sharing ask");
    assertThat(scene.say("sam", "thanks sharing")).contains("only after you say yes each time");
    assertThat(scene.say("sam", "thanks sharing sometimes"))
        .startsWith("'sometimes' is not a choice here: say always, ask or never.");
  }

  @Test
  void aChannelPostOfAThanksNotSharedIsSkipped() {
    scene.setChannel();
    scene.say("ana", "thanks @sam for listening --sense listen --public");
    Recognition r = scene.stored().getFirst();
    Delivery forged =
        Delivery.toChannel(
            "forged",
            CoreHarness.WORKSPACE,
            "CKUDOS",
            Delivery.Kind.RECOGNITION,
            java.util.Map.of("recognition", r.id(), "part", "channel"));

    assertThat(scene.h.bot.composer().compose(forged))
        .isEqualTo(new Composed.Skip("recognition not shared"));
  }

  @Test
  void aButtonWithABrokenValueSaysItIsGone() {
    assertThat(CoreHarness.text(scene.h.press("sam", "thanks.share", "garbage")))
        .startsWith("That thanks isn't there any more");
    assertThat(CoreHarness.text(scene.h.press("sam", "thanks.share", "999|yes")))
        .startsWith("That thanks isn't there any more");
  }
}
