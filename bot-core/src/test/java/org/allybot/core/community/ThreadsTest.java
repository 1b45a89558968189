package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.allybot.core.CoreHarness;
import org.allybot.core.DeliveryException;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.event.Reply;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class ThreadsTest {
  @RegisterExtension static final PerTest<CommunityScene> SCENE = CommunityScene.perTest();
  private final CommunityScene scene;
  private final RedisEndpoint redis;

  ThreadsTest(CommunityScene scene, RedisEndpoint redis) {
    this.scene = scene;
    this.redis = redis;
  }

  @BeforeEach
  void aliceHasAsked() {
    scene.ask("alice", "A teammate keeps interrupting the only woman on our team.", true);
  }

  private String text(Reply reply) {
    return CoreHarness.text(reply);
  }

  @Test
  void adviceGoesIntoTheQuestionsThreadUnderANameOrAPerThreadLabel() {
    assertThat(text(scene.say("bob", "advise 1 Amplify her point right after she makes it.")))
        .contains("posted in the thread of #1 as *<@bob>* (#2)");
    RecordingChatPlatform.Sent named = scene.lastChannelPost();
    assertThat(named.to().threadId()).isEqualTo(scene.messageOf(1));
    assertThat(CoreHarness.text(named.message()))
        .startsWith("*<@bob>* · #2 · advice on #1")
        .contains("Amplify her point")
        .contains("[1] Helpful");

    scene.say("carol", "advise #1 --anonymous Name the pattern to him privately.");
    assertThat(CoreHarness.text(scene.lastChannelPost().message()))
        .startsWith("*Ally 1* · #3 · advice on #1")
        .contains("Name the pattern to him privately.")
        .doesNotContain("carol");
  }

  @Test
  void offerAdviceOpensTheAdviceFormWhoseAnswerIsPostedInTheThread() {
    Reply form = scene.press("dan", "community.offer", "1");

    assertThat(form.form().formId()).isEqualTo("community.advise|1");
    assertThat(form.form().fields()).extracting(f -> f.id()).containsExactly("text", "anonymous");
    assertThat(scene.submit("dan", "community.advise|1", Map.of("text", "")).fieldErrors())
        .containsKey("text");
    scene.submit(
        "dan", "community.advise|1", Map.of("text", "Check in with her.", "anonymous", "yes"));
    assertThat(CoreHarness.text(scene.lastChannelPost().message())).startsWith("*Ally 1* · #2");
  }

  @Test
  void aReplyTypedInTheChannelThreadCountsAsAdviceAndTheAskerIsTold() {
    Reply reply = scene.threadReply("erin", scene.messageOf(1), "Back her up next time.");

    assertThat(text(reply)).contains("counts as advice on #1 (post #2)");
    assertThat(scene.post(2))
        .isInstanceOfSatisfying(
            ThreadReply.class, r -> assertThat(r.kind()).isEqualTo(ThreadReply.Kind.THREAD_REPLY));
    assertThat(CoreHarness.text(scene.privateTo("alice").getLast().message()))
        .contains("New advice on your question #1 in <#C1>, from a reply in the thread (post #2)")
        .contains("Back her up next time.");
    assertThat(scene.threadReply("erin", "not-a-question", "Hello").messages()).isEmpty();
    assertThat(
            scene.h.bot.handle(
                new org.allybot.core.event.CoreEvent.MessageReceived(
                    CommunityScene.actor("erin"), "C9", scene.messageOf(1), "Other channel")))
        .isEqualTo(Reply.none());
  }

  @Test
  void repliesInAnOldQuestionsThreadStillCountAfterTheChannelChanges() {
    scene.say("boss", "community set <#C2|new-allies>");

    assertThat(text(scene.threadReply("erin", scene.messageOf(1), "Still here to help.")))
        .contains("counts as advice on #1");
  }

  @Test
  void theAskerIsToldPrivatelyAndTheirReplyThereIsPostedUnderTheSameLabel() {
    scene.say("bob", "advise 1 Talk to your manager about meeting norms. --anonymous");
    RecordingChatPlatform.Sent notice = scene.privateTo("alice").getLast();
    assertThat(CoreHarness.text(notice.message()))
        .contains("New advice on your question #1 in <#C1>, from Ally 1 (post #2)")
        .contains("Reply to this message to answer in the thread as Asker");

    Reply reply =
        scene.privateReply(CommunityScene.actor("alice"), notice.messageId(), "Good idea, thanks!");
    scene.say("alice", "followup 1 I spoke to my manager.");

    assertThat(text(reply)).contains("posted in the thread of #1 as *Asker* (#3)");
    assertThat(scene.channelPosts().stream().map(s -> CoreHarness.text(s.message())))
        .anySatisfy(t -> assertThat(t).startsWith("*Asker* · #3 · follow-up on #1"))
        .anySatisfy(t -> assertThat(t).startsWith("*Asker* · #4 · follow-up on #1"));
    assertThat(scene.privateTo("alice")).hasSize(1);
  }

  @Test
  void onlyTheAskerMayFollowUp() {
    assertThat(text(scene.say("bob", "followup 1 Pretending to be the asker.")))
        .contains("Only the person who asked #1 can post a follow-up.");
  }

  @Test
  void anonymousLabelsArePerThreadSoTheSamePersonIsNotRecognisableAcrossThreads() {
    scene.say("carol", "advise 1 First. --anonymous");
    scene.say("bob", "advise 1 Second. --anonymous");
    scene.say("bob", "advise 1 Bob again, same thread. --anonymous");
    scene.ask("zoe", "Another situation entirely.", true);
    scene.say("bob", "advise 5 Bob in another thread. --anonymous");

    assertThat(((ThreadReply) scene.post(3)).label()).isEqualTo("Ally 2");
    assertThat(((ThreadReply) scene.post(4)).label()).isEqualTo("Ally 2");
    assertThat(((ThreadReply) scene.post(6)).label()).isEqualTo("Ally 1");
    String ws = CoreHarness.WORKSPACE.key();
    var first = scene.h.redis.hgetAll("ally:{" + ws + "}:community:thread:1:labels");
    var second = scene.h.redis.hgetAll("ally:{" + ws + "}:community:thread:5:labels");
    assertThat(first.keySet()).doesNotContainAnyElementsOf(second.keySet());
    assertThat(((ThreadReply) scene.post(3)).author())
        .isNotEqualTo(((ThreadReply) scene.post(6)).author());
  }

  @Test
  void othersMarkARepliesHelpfulOnceButNeverTheirOwn() {
    scene.say("bob", "advise 1 Say her name when you agree with her point.");

    assertThat(text(scene.say("bob", "helpful 2"))).contains("That's your own advice");
    assertThat(text(scene.say("alice", "helpful 2"))).contains("Marked #2 as helpful.");
    assertThat(text(scene.say("alice", "helpful 2"))).contains("already marked #2");
    assertThat(text(scene.press("carol", "community.helpful", "2")))
        .contains("2 people found it helpful");
    assertThat(CoreHarness.text(scene.h.platform.updates().getLast().message()))
        .contains("2 found this helpful");
    assertThat(text(scene.say("carol", "helpful 1"))).contains("#1 isn't advice.");
    assertThat(text(scene.say("carol", "helpful 99"))).contains("There's no community post #99.");
  }

  @Test
  void emptyOversizedOrUnpostableAdviceIsRefusedClearlyAndNothingIsPosted() {
    int before = scene.channelPosts().size();

    assertThat(text(scene.say("bob", "advise 1"))).contains("write your text after the number");
    assertThat(text(scene.say("bob", "advise 1 " + "y".repeat(2001))))
        .contains("That's 2,001 characters; the limit is 2,000. Nothing was posted");
    assertThat(text(scene.say("bob", "advise x Hello"))).contains("'x' is not a post number.");
    scene.h.platform.failNextSends(1, () -> new DeliveryException.Permanent("not_in_channel"));
    assertThat(text(scene.say("bob", "advise 1 Real advice."))).contains("I can't post in <#C1>");

    assertThat(scene.channelPosts()).hasSize(before);
    assertThat(scene.h.bot.context().community().store().replies(CoreHarness.WORKSPACE, 1))
        .isEmpty();
  }

  @Test
  void adviceIsLimitedPerMemberPerDay() {
    try (CommunityScene limited =
        new CommunityScene(
            new CoreHarness(redis, new CommunityConfig(5, 2, Duration.ofHours(24)), "boss"))) {
      limited.ask("alice", "A situation.", true);
      limited.say("bob", "advise 1 One.");
      limited.say("bob", "advise 1 Two.");

      assertThat(text(limited.say("bob", "advise 1 Three.")))
          .contains("You've posted 2 replies today, which is the daily limit");
      assertThat(text(limited.say("carol", "advise 1 Carol's first."))).contains("#4");
    }
  }

  @Test
  void aFollowUpToAHiddenThreadIsAnsweredPolitelyNotDropped() {
    scene.say("bob", "advise 1 Some advice. --anonymous");
    RecordingChatPlatform.Sent notice = scene.privateTo("alice").getLast();
    scene.say("boss", "community hide 1 Names a colleague.");

    Reply viaPrivateReply =
        scene.privateReply(CommunityScene.actor("alice"), notice.messageId(), "Any more ideas?");
    Reply viaCommand = scene.say("alice", "followup 1 Any more ideas?");

    assertThat(text(viaPrivateReply))
        .contains(
            "Question #1 was hidden by the facilitator, so its thread is closed and nothing was posted.");
    assertThat(text(viaCommand)).contains("was hidden by the facilitator");
    assertThat(text(scene.say("carol", "advise 1 Late advice."))).contains("its thread is closed");
  }

  @Test
  void aFollowUpToADeletedThreadIsAnsweredPolitely() {
    scene.ask("zoe", "A named question.", false);
    scene.say("bob", "advise 2 Advice for Zoe.");
    RecordingChatPlatform.Sent notice = scene.privateTo("zoe").getLast();
    scene.h.bot.context().eraser().forget(CoreHarness.user("zoe"));

    assertThat(text(scene.privateReply(CommunityScene.actor("zoe"), notice.messageId(), "Hi?")))
        .contains("I couldn't match your reply to a community thread: it may have been deleted");
    assertThat(text(scene.say("bob", "advise 2 More."))).contains("Question #2 was deleted");
    assertThat(text(scene.say("zoe", "followup 2 Hi"))).contains("Question #2 was deleted");
    assertThat(text(scene.say("bob", "followup 77 Hi"))).contains("There's no community post #77.");
  }

  @Test
  void aFollowUpIntoAThreadDeletedOnThePlatformIsAnsweredPolitely() {
    scene.h.platform.failNextSends(1, () -> new DeliveryException.Permanent("thread_not_found"));

    assertThat(text(scene.say("alice", "followup 1 Still there?")))
        .contains("That thread seems to have been deleted from <#C1>, so nothing was posted.");
  }
}
