package org.allybot.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.allybot.core.CoreHarness;
import org.allybot.core.MessageRef;
import org.allybot.core.delivery.Composed;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A recipient who said yes can change their mind, and a giver can too: taking a shared thanks down
 * deletes its channel post and drops it from the digest.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class ThanksWithdrawalTest {
  @RegisterExtension static final PerTest<ThanksScene> SCENE = ThanksScene.perTest();
  private final ThanksScene scene;
  private Reply shared;

  ThanksWithdrawalTest(ThanksScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void samAgreedToShareAnasThanks() {
    scene.setChannel();
    scene.say("ana", "thanks @sam for listening --sense listen --public");
    shared = scene.press("sam", button(scene.composed(scene.toMembers().getLast()), "Yes, share"));
  }

  private static Button button(org.allybot.core.message.Message m, String label) {
    return m.buttons().stream().filter(b -> b.label().startsWith(label)).findFirst().orElseThrow();
  }

  private String digest() {
    LocalDate today = LocalDate.ofInstant(scene.h.clock.instant(), ZoneOffset.UTC);
    return new RecognitionDigest(
            scene.h.bot.context().recognition(), ZoneOffset.UTC, scene.h.bot.context().languageOf())
        .block(CoreHarness.WORKSPACE, today, "CDIGEST")
        .map(b -> CoreHarness.text(new org.allybot.core.message.Message("d", java.util.List.of(b))))
        .orElse("");
  }

  private RecognitionStore store() {
    return scene.h.bot.context().recognition().store();
  }

  @Test
  void theRecipientTakesItDownFromTheirNoteAndThePostIsDeleted() {
    MessageRef post = scene.deliver(scene.toChannel().getFirst());
    assertThat(digest()).contains("<@sam>, thanked by <@ana>: listening");

    Reply down = scene.press("sam", button(shared.messages().getFirst(), "Stop sharing it"));

    assertThat(down.replaceOriginal()).isTrue();
    assertThat(CoreHarness.text(down))
        .contains("<@ana> thanked you for: listening")
        .contains("Taken down from <#CKUDOS> and left out of the digest")
        .doesNotContain("Stop sharing it");
    assertThat(scene.h.platform.deletes()).containsExactly(post);
    assertThat(store().post(CoreHarness.WORKSPACE, scene.stored().getFirst().id())).isEmpty();
    assertThat(scene.stored().getFirst().state()).isEqualTo(Recognition.State.WITHDRAWN);
    assertThat(digest()).isEmpty();
  }

  @Test
  void theGiverTakesItDownFromTheListOfSharedThanks() {
    MessageRef post = scene.deliver(scene.toChannel().getFirst());

    Reply list = scene.reply("ana", "thanks shared");
    assertThat(CoreHarness.text(list))
        .contains("Thanks shared in the recognition channel")
        .contains("<@ana> thanked <@sam> for: listening");
    Reply down = scene.press("ana", button(list.messages().getLast(), "Take it down"));

    assertThat(CoreHarness.text(down))
        .isEqualTo(
            "Taken down from <#CKUDOS> and left out of the digest: it stays between the two of you"
                + " now.");
    assertThat(scene.h.platform.deletes()).containsExactly(post);
    assertThat(scene.say("ana", "thanks shared"))
        .isEqualTo(
            "None of the thanks you gave or received is shared in the recognition channel right"
                + " now.");
    assertThat(digest()).isEmpty();
  }

  @Test
  void aThanksTakenDownBeforeItsPostWentOutIsNeverPosted() {
    scene.press("sam", button(shared.messages().getFirst(), "Stop sharing it"));

    assertThat(scene.h.bot.composer().compose(scene.toChannel().getFirst()))
        .isEqualTo(new Composed.Skip("recognition not shared"));
    assertThat(scene.h.platform.deletes()).isEmpty();
  }

  @Test
  void whenThePlatformCannotDeleteNowPressingAgainFinishesTheJob() {
    MessageRef post = scene.deliver(scene.toChannel().getFirst());
    scene.h.platform.failNextDeletes(1);
    Button stop = button(shared.messages().getFirst(), "Stop sharing it");

    assertThat(CoreHarness.text(scene.press("sam", stop)))
        .startsWith("It's left out of the digest now, but I couldn't delete the post");
    assertThat(digest()).isEmpty();
    assertThat(CoreHarness.text(scene.press("sam", stop))).contains("Taken down from <#CKUDOS>");

    assertThat(scene.h.platform.deletes()).containsExactly(post);
    assertThat(CoreHarness.text(scene.press("sam", stop)))
        .isEqualTo("That thanks isn't shared, so there is nothing to take down.");
    assertThat(scene.h.platform.deletes()).hasSize(1);
  }

  @Test
  void nobodyElseCanTakeItDown() {
    scene.deliver(scene.toChannel().getFirst());

    assertThat(CoreHarness.text(scene.press("bob", button(shared.messages().getFirst(), "Stop"))))
        .isEqualTo("Only the person thanked, or the one who gave the thanks, can take it down.");
    assertThat(scene.h.platform.deletes()).isEmpty();
    assertThat(digest()).contains("listening");
  }
}
