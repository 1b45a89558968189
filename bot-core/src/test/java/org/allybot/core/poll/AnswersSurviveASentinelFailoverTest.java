package org.allybot.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.message.Button;
import org.allybot.testkit.LocalRedisSentinel;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisSentinelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Poll answers through a real Sentinel set-up (master, replica, Sentinel) while the Sentinel fails
 * the master over: every answer the bot acknowledged is on the new master, and an answer refused
 * during the switch got the "try again" reply and is kept when tried again. The master runs with
 * {@code min-replicas-to-write 1} ({@link LocalRedisSentinel#SAFE_MASTER}): without it the old
 * master acknowledges writes between the replica's promotion and the clients' switch, and those are
 * lost when it becomes a replica. With it, writes are refused (and retried) for the ~10 s until the
 * Sentinel makes the old master the new one's replica. Replication is asynchronous, so an answer is
 * acknowledged only once a replica has it (a WAIT, in the store's ReplicatedEval): without that,
 * one run lost the 6 answers the master took just before the promotion.
 */
@ExtendWith(RedisSentinelExtension.class)
final class AnswersSurviveASentinelFailoverTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest();
  private static final int MOST_ANSWERS = 5_000;

  private final List<String> acknowledged = new ArrayList<>();
  private final List<String> refused = new ArrayList<>();
  private final AtomicBoolean stop = new AtomicBoolean();

  @Test
  void noAcknowledgedAnswerIsLostWhenTheMasterFailsOver(
      CoreHarness harness, LocalRedisSentinel sentinel) throws Exception {
    Button option = harness.say("ann", "poll").messages().getLast().buttons().getFirst();
    PollChoice choice = PollChoice.decode(option.value()).orElseThrow();
    CompletableFuture<Void> answering = CompletableFuture.runAsync(() -> answer(harness, option));
    awaitAnswers(50);
    int before = sentinel.masterPort();

    int after = sentinel.failover();
    awaitAnswers(count() + 50);
    stop.set(true);
    answering.get(60, TimeUnit.SECONDS);

    assertThat(after).isNotEqualTo(before);
    for (String who : List.copyOf(refused)) { // what a member does after "please try again"
      assertThat(refusal(CoreHarness.text(harness.bot.handle(press(who, option))))).isFalse();
    }
    var answers = harness.bot.context().answers();
    List<String> missing =
        acknowledged.stream()
            .filter(who -> answers.answerOf(CoreHarness.user(who), choice.pollKey()).isEmpty())
            .toList();
    assertThat(missing).as("acknowledged answers missing after the failover").isEmpty();
    assertThat(answers.distribution(CoreHarness.user("ann"), choice.pollKey()))
        .containsEntry(choice.optionId(), (long) acknowledged.size() + refused.size());
  }

  /** Members answer one after another until told to stop (at most 5,000, for 2 minutes). */
  private void answer(CoreHarness harness, Button option) {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    for (int i = 0; i < MOST_ANSWERS && !stop.get() && System.nanoTime() < until; i++) {
      String who = "u" + i;
      boolean wasRefused = refusal(CoreHarness.text(harness.bot.handle(press(who, option))));
      synchronized (acknowledged) {
        (wasRefused ? refused : acknowledged).add(who);
      }
      if (wasRefused) {
        pause(20); // the next member comes a moment later, not in the same millisecond
      }
    }
  }

  /** "Try again": the store was away ("in a moment") or something else failed ("went wrong"). */
  private static boolean refusal(String reply) {
    return reply.contains("try again in a moment") || reply.contains("went wrong");
  }

  private static CoreEvent press(String who, Button option) {
    return new CoreEvent.ChoiceSelected(
        Actor.of(CoreHarness.user(who), who), option.action(), option.value());
  }

  private int count() {
    synchronized (acknowledged) {
      return acknowledged.size();
    }
  }

  private void awaitAnswers(int atLeast) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (count() < atLeast && System.nanoTime() < deadline) {
      pause(20);
    }
    assertThat(count()).as("answers acknowledged").isGreaterThanOrEqualTo(atLeast);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
