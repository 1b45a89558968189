package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Reply;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The weekly facilitator: the rota, the nudge about waiting questions, and hiding posts. */
@ExtendWith(EmbeddedRedisExtension.class)
class FacilitatorTest {
  @RegisterExtension static final PerTest<CommunityScene> SCENE = CommunityScene.perTest();
  private final CommunityScene scene;

  FacilitatorTest(CommunityScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void fayAndGusFacilitateWeekly() {
    scene.say("boss", "community facilitators @fay @gus weekly");
  }

  private String text(Reply reply) {
    return CoreHarness.text(reply);
  }

  private List<Delivery> nudges() {
    return scene.h.outbox.stream()
        .filter(d -> d.kind() == Delivery.Kind.NOTICE && d.id().startsWith("community-nudge"))
        .toList();
  }

  @Test
  void theRotaTurnsWeeklyAndEveryoneCanSeeWhoseWeekItIs() {
    assertThat(text(scene.say("alice", "community")))
        .contains("Channel: <#C1>")
        .contains("Facilitators, weekly: <@fay>, <@gus>")
        .contains("This week: <@fay>");

    scene.h.clock.advance(Duration.ofDays(7));
    assertThat(text(scene.say("alice", "community show"))).contains("This week: <@gus>");
    scene.h.clock.advance(Duration.ofDays(7));
    assertThat(text(scene.say("alice", "community show"))).contains("This week: <@fay>");
    assertThat(text(scene.say("alice", "community facilitators @alice")))
        .startsWith("Only Allybot admins can do that.");
    assertThat(text(scene.say("boss", "community facilitators fay")))
        .contains("'fay' isn't a mention.");
    assertThat(text(scene.say("boss", "community facilitators <@U0FAY|Fay> weekly")))
        .contains("Facilitators, weekly: <@U0FAY>")
        .contains("This week: <@U0FAY>");
  }

  @Test
  void theFacilitatorIsNudgedAboutQuestionsUnansweredAfter24HoursOnce() {
    scene.ask("alice", "Nobody answers: how do I raise pay gaps with HR?", true);
    scene.ask("ben", "A question that gets advice.", true);
    scene.say("carl", "advise 2 Here is some advice.");

    scene.h.clock.advance(Duration.ofHours(23));
    assertThat(scene.h.bot.sendFacilitatorNudges()).isZero();

    scene.h.clock.advance(Duration.ofHours(1));
    assertThat(scene.h.bot.sendFacilitatorNudges()).isEqualTo(1);
    Delivery nudge = nudges().getFirst();
    assertThat(nudge.userId()).isEqualTo("fay");
    assertThat(nudge.data().get("text"))
        .startsWith("You're this week's community facilitator.")
        .contains("waited more than 24 hours")
        .contains("#1 (advice): Nobody answers: how do I raise pay gaps with HR?")
        .doesNotContain("#2")
        .doesNotContain("alice");
    assertThat(scene.h.bot.composer().compose(nudge)).isInstanceOf(Composed.Send.class);

    scene.h.clock.advance(Duration.ofHours(1));
    assertThat(scene.h.bot.sendFacilitatorNudges()).as("each question once a week").isZero();
  }

  @Test
  void nextWeeksFacilitatorHearsOfQuestionsStillWaitingButNotOfAnsweredOnes() {
    scene.ask("alice", "Still waiting.", true);
    scene.ask("ben", "Answered later.", true);
    scene.h.clock.advance(Duration.ofHours(25));
    scene.h.bot.sendFacilitatorNudges();
    scene.say("carl", "advise 2 Late advice.");

    scene.h.clock.advance(Duration.ofDays(7));
    assertThat(scene.h.bot.sendFacilitatorNudges()).isEqualTo(1);

    Delivery second = nudges().getLast();
    assertThat(second.userId()).isEqualTo("gus");
    assertThat(second.data().get("text")).contains("#1 (advice)").doesNotContain("#2");
  }

  @Test
  void noRotaMeansNoNudge(RedisEndpoint redis) {
    try (CommunityScene bare = new CommunityScene(new CoreHarness(redis, "boss"))) {
      bare.ask("alice", "Waiting.", true);
      bare.h.clock.advance(Duration.ofDays(2));

      assertThat(bare.h.bot.sendFacilitatorNudges()).isZero();
    }
  }

  @Test
  void theFacilitatorHidesAPostWhichIsKeptReplacedInTheChannelAndItsAuthorIsToldPrivately() {
    scene.ask("alice", "A question.", true);
    scene.say("bob", "advise 1 Something that breaks the rules. --anonymous");

    Reply reply = scene.say("fay", "community hide 2 Names a colleague");

    assertThat(text(reply))
        .contains(
            "Hid #2. Its author has been told privately, and the post is kept for the audit trail.")
        .contains("now reads \"hidden by the facilitator\"");
    ThreadReply kept = (ThreadReply) scene.post(2);
    assertThat(kept.status()).isEqualTo(PostStatus.HIDDEN);
    assertThat(kept.text()).isEqualTo("Something that breaks the rules.");
    assertThat(kept.hiddenReason()).isEqualTo("Names a colleague");
    var update = scene.h.platform.updates().getLast();
    assertThat(update.ref().messageId()).isEqualTo(kept.messageId());
    assertThat(CoreHarness.text(update.message())).contains("hidden by the facilitator");
    assertThat(CoreHarness.text(scene.privateTo("bob").getLast().message()))
        .contains("The facilitator hid your post #2 in <#C1>")
        .contains("Names a colleague")
        .contains("kept for the audit trail");
    assertThat(text(scene.say("boss", "admin audit")))
        .contains("<@fay> community.hide post #2: Names a colleague")
        .doesNotContain("bob");
    assertThat(text(scene.say("alice", "helpful 2"))).contains("was hidden or deleted");
  }

  @Test
  void onlyThisWeeksFacilitatorAndAdminsMayHide() {
    scene.ask("alice", "A question.", true);

    assertThat(text(scene.say("gus", "community hide 1")))
        .contains("Only this week's community facilitator or an Allybot admin can hide posts.");
    assertThat(text(scene.say("alice", "community hide 1"))).contains("Only this week's");
    assertThat(text(scene.say("boss", "community hide 1"))).contains("Hid #1.");
    assertThat(text(scene.say("boss", "community hide 1"))).contains("already hidden");
    assertThat(scene.post(1).status()).isEqualTo(PostStatus.HIDDEN);
  }

  @Test
  void hidingAReplyTypedInTheThreadSaysItMustBeDeletedThere() {
    scene.ask("alice", "A question.", true);
    scene.threadReply("bob", scene.messageOf(1), "Rude reply typed in the thread.");

    assertThat(text(scene.say("fay", "community hide 2")))
        .contains("typed straight into the thread, so I can't replace it");
    assertThat(CoreHarness.text(scene.privateTo("bob").getLast().message()))
        .contains("The facilitator hid your post #2");
  }
}
