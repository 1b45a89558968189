package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Forget me" reaches the community without ever naming an anonymous post's author. */
@ExtendWith(EmbeddedRedisExtension.class)
class ForgettingTest {
  @RegisterExtension static final PerTest<CommunityScene> SCENE = CommunityScene.perTest();
  private final CommunityScene scene;

  ForgettingTest(CommunityScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void alice7HasAskedAdvisedAndMarkedHelpful() {
    scene.say("boss", "community facilitators @fay @alice7 weekly");
    scene.ask("alice7", "Anonymous: a colleague was left off the invite list again.", true);
    scene.ask("alice7", "Named: how do I support a friend after a slur at work?", false);
    scene.say("bob", "advise 1 Ask the organiser how the list is made. --anonymous");
    scene.say("alice7", "followup 1 Thanks, I will.");
    scene.say("alice7", "advise 2 Adding a thought to my own question.");
    scene.ask("bob", "Bob asks something.", true);
    scene.say("alice7", "advise 6 My named advice to Bob.");
    scene.say("alice7", "advise 6 --anonymous My anonymous advice to Bob.");
    scene.say("alice7", "helpful 3");
  }

  private void forget(String who) {
    Button yes = scene.say(who, "forget-me").messages().getLast().buttons().getFirst();
    scene.press(who, yes.action(), yes.value());
  }

  @Test
  void forgetMeRemovesTheMembersNamedPostsAndEveryLinkToTheirAnonymousOnes() {
    assertThat(scene.communityNamespace()).contains("alice7");
    Question anonymous = (Question) scene.post(1);
    assertThat(anonymous.author().isKnown()).isTrue();

    forget("alice7");

    String namespace = scene.communityNamespace();
    assertThat(namespace).doesNotContain("alice7");
    // The admin audit trail keeps who was named facilitator, as it keeps every admin action.
    String store = scene.everything().replaceAll("ally:\\{shell:test}:audit\n[^\n]*\n", "");
    assertThat(store).doesNotContain("alice7").contains("bob");
    Question unlinked = (Question) scene.post(1);
    assertThat(unlinked.situation()).startsWith("Anonymous: a colleague");
    assertThat(unlinked.author()).isEqualTo(Authorship.none());
    assertThat(((ThreadReply) scene.post(4)).author()).isEqualTo(Authorship.none());
    Question named = (Question) scene.post(2);
    assertThat(named.status()).isEqualTo(PostStatus.REMOVED);
    assertThat(named.situation()).isEmpty();
    assertThat(((ThreadReply) scene.post(7)).text()).isEmpty();
    assertThat(((ThreadReply) scene.post(8)).text()).isEqualTo("My anonymous advice to Bob.");
    assertThat(((ThreadReply) scene.post(8)).author()).isEqualTo(Authorship.none());
    assertThat(namespace).doesNotContain("My named advice to Bob.");
    assertThat(CoreHarness.text(scene.say("boss", "community")))
        .contains("Facilitators, weekly: <@fay>");
  }

  @Test
  void othersKeepTheirPostsLabelsAndLinks() {
    forget("alice7");

    ThreadReply bobs = (ThreadReply) scene.post(3);
    assertThat(bobs.author().isKnown()).isTrue();
    assertThat(bobs.label()).isEqualTo("Ally 1");
    scene.say("carol", "advise 6 Carol's advice.");
    assertThat(CoreHarness.text(scene.privateTo("bob").getLast().message()))
        .contains("New advice on your question #6");
    assertThat(CoreHarness.text(scene.say("bob", "followup 6 Thanks all."))).contains("*Asker*");
  }

  @Test
  void aForgottenAskerCanNoLongerActOnTheirOldAnonymousQuestion() {
    forget("alice7");

    assertThat(CoreHarness.text(scene.say("alice7", "resolve 1")))
        .contains("Only the person who asked #1");
    assertThat(scene.h.redis.hgetAll("ally:{shell:test}:community:thread:1:labels"))
        .hasSize(1); // only Bob's "Ally 1" is left
  }

  @Test
  void uninstallDeletesTheCommunityWithTheWorkspace() {
    scene.h.bot.handle(new CoreEvent.AppUninstalled(CoreHarness.WORKSPACE));

    assertThat(scene.communityNamespace()).isEmpty();
    assertThat(scene.h.bot.sendFacilitatorNudges()).isZero();
  }
}
