package org.allybot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.core.store.Keys;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class WorkspacePurgeTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;

  WorkspacePurgeTest(CoreHarness harness) {
    this.harness = harness;
  }

  @BeforeEach
  void aCampaignAndAMemberExist() {
    harness.say("boss", "campaign create Pilot");
    harness.say("alice", "help");
  }

  private long workspaceKeys() {
    return harness.redis.keys(Keys.workspacePattern(CoreHarness.WORKSPACE)).size();
  }

  private static Button confirmation(Reply reply) {
    return reply.messages().get(0).buttons().stream()
        .filter(b -> b.action().equals(WorkspacePurge.CONFIRM))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void purgeOnlyAsksFirstAndDeletesNothing() {
    Reply reply = harness.say("boss", "admin purge");

    assertThat(CoreHarness.text(reply)).contains("cannot be undone").contains("admin purge test");
    assertThat(confirmation(reply).style()).isEqualTo(Button.Style.DANGER);
    assertThat(harness.bot.context().campaigns().all(CoreHarness.WORKSPACE)).hasSize(1);
  }

  @Test
  void pressingTheConfirmationDeletesEveryKeyOfTheWorkspace() {
    Button confirm = confirmation(harness.say("boss", "admin purge"));
    assertThat(workspaceKeys()).isPositive();

    Reply done = harness.press("boss", confirm.action(), confirm.value());

    assertThat(done.replaceOriginal()).isTrue();
    assertThat(CoreHarness.text(done)).contains("is deleted");
    assertThat(workspaceKeys()).isZero();
  }

  @Test
  void typingTheWorkspaceIdConfirmsToo() {
    harness.say("boss", "admin purge test");

    assertThat(harness.bot.context().campaigns().all(CoreHarness.WORKSPACE)).isEmpty();
    assertThat(harness.bot.context().members().find(CoreHarness.user("alice"))).isEmpty();
  }

  @Test
  void aWrongIdDeletesNothing() {
    assertThat(CoreHarness.text(harness.say("boss", "admin purge other")))
        .startsWith("That is not this workspace's id");
    assertThat(harness.bot.context().campaigns().all(CoreHarness.WORKSPACE)).hasSize(1);
  }

  @Test
  void anExpiredConfirmationDeletesNothing() {
    Button confirm = confirmation(harness.say("boss", "admin purge"));
    harness.clock.advance(Duration.ofMinutes(11));

    assertThat(CoreHarness.text(harness.press("boss", confirm.action(), confirm.value())))
        .contains("expired");
    assertThat(harness.bot.context().campaigns().all(CoreHarness.WORKSPACE)).hasSize(1);
  }

  @Test
  void membersCannotPurgeNorPressTheButton() {
    Button confirm = confirmation(harness.say("boss", "admin purge"));

    assertThat(CoreHarness.text(harness.say("alice", "admin purge test")))
        .startsWith("Only Allybot admins");
    assertThat(CoreHarness.text(harness.press("alice", confirm.action(), confirm.value())))
        .startsWith("Only Allybot admins");
    assertThat(harness.bot.context().campaigns().all(CoreHarness.WORKSPACE)).hasSize(1);
  }
}
