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
  void theWorkspacePurgeDeletesEveryThanksKey() {
    confirm("boss", "admin purge", WorkspacePurge.CONFIRM);

    assertThat(thanksKeys()).isEmpty();
  }
}
