package org.allybot.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.allybot.core.CoreHarness;
import org.allybot.core.admin.WorkspacePurge;
import org.allybot.core.member.MemberCommands;
import org.allybot.core.message.Button;
import org.allybot.core.store.Keys;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Forget-me removes every thanks a member gave or received; the workspace purge removes all. */
@ExtendWith(EmbeddedRedisExtension.class)
class ForgettingThanksTest {
  @RegisterExtension static final PerTest<ThanksScene> SCENE = ThanksScene.perTest();
  private final ThanksScene scene;

  ForgettingThanksTest(ThanksScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void samGaveAndReceivedThanks() {
    scene.setChannel();
    scene.say("ana", "thanks @sam for listening --sense listen");
    scene.say("sam", "thanks @bob for speaking up --sense speak");
    scene.say("bob", "thanks @ana for stepping in --sense act");
    scene.say("sam", "thanks sharing always");
  }

  private void confirm(String who, String command, String action) {
    Button yes =
        scene.reply(who, command).messages().getLast().buttons().stream()
            .filter(b -> b.action().equals(action))
            .findFirst()
            .orElseThrow();
    scene.press(who, yes);
  }

  private String thanksKeys() {
    Set<String> keys = scene.h.redis.keys(Keys.workspacePattern(CoreHarness.WORKSPACE));
    StringBuilder all = new StringBuilder();
    for (String key : keys) {
      if (key.contains(":thanks:")) {
        all.append(key).append('\n');
        switch (scene.h.redis.type(key)) {
          case "hash" -> all.append(scene.h.redis.hgetAll(key)).append('\n');
          case "string" -> all.append(scene.h.redis.get(key)).append('\n');
          default -> {}
        }
      }
    }
    return all.toString();
  }

  @Test
  void forgetMeDeletesTheThanksTheMemberGaveAndReceivedAndTheirPreference() {
    assertThat(thanksKeys()).contains("sam");

    confirm("sam", "forget-me", MemberCommands.FORGET);

    assertThat(thanksKeys()).doesNotContain("sam").contains("stepping in");
    assertThat(scene.stored())
        .singleElement()
        .satisfies(r -> assertThat(r.giverId()).isEqualTo("bob"));
  }

  @Test
  void aForgottenThanksIsNotDeliveredAfterwards() {
    confirm("sam", "forget-me", MemberCommands.FORGET);

    assertThat(scene.h.bot.composer().compose(scene.toMembers().getFirst()))
        .isEqualTo(new org.allybot.core.delivery.Composed.Skip("recognition deleted"));
  }

  @Test
  void forgetMeTakesDownTheChannelPostsThatNameTheMember() {
    scene.say("ana", "thanks @sam for chairing fairly --sense act --public");
    scene.say("bob", "thanks @ana for the captions --sense bias --public");
    // sam always shares, so the first is posted at once; ana was asked and says yes.
    scene.press(
        "ana",
        scene.composed(scene.toMembers().getLast()).buttons().stream()
            .filter(b -> b.label().equals("Yes, share it"))
            .findFirst()
            .orElseThrow());
    java.util.List<org.allybot.core.MessageRef> posts =
        scene.toChannel().stream().map(scene::deliver).toList();
    assertThat(thanksKeys()).contains(":thanks:posts");

    confirm("sam", "forget-me", MemberCommands.FORGET);

    assertThat(scene.h.platform.deletes()).containsExactly(posts.getFirst());
    assertThat(thanksKeys()).doesNotContain("sam").doesNotContain("chairing");
    assertThat(scene.h.redis.hkeys(Keys.of(CoreHarness.WORKSPACE, "thanks", "posts")))
        .containsExactly(
            scene.stored().stream()
                .filter(r -> r.what().equals("the captions"))
                .findFirst()
                .orElseThrow()
                .id());
  }

  @Test
  void retentionDeletesThanksGivenBeforeTheCutoffWithTheirRecords() {
    scene.say("ana", "thanks @bob for the notes --sense act --public");
    scene.h.clock.advance(java.time.Duration.ofDays(731));
    scene.say("cat", "thanks @dan for the recent help --sense empathy");

    int purged = scene.h.bot.purgeExpired();

    assertThat(purged).isGreaterThanOrEqualTo(4);
    assertThat(thanksKeys())
        .contains("the recent help")
        .doesNotContain("listening")
        .doesNotContain("speaking up")
        .doesNotContain("stepping in")
        .doesNotContain("the notes")
        .doesNotContain("claim:1:");
    assertThat(scene.stored()).extracting(Recognition::what).containsExactly("the recent help");
  }

  @Test
  void theWorkspacePurgeDeletesEveryThanksKey() {
    scene.say("ana", "thanks @sam for chairing fairly --sense act --public");
    scene.deliver(scene.toChannel().getFirst());
    assertThat(thanksKeys()).contains(":thanks:posts");

    confirm("boss", "admin purge", WorkspacePurge.CONFIRM);

    assertThat(thanksKeys()).isEmpty();
  }
}
