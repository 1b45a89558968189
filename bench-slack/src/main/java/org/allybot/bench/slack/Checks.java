package org.allybot.bench.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.poll.PollAnswers;
import org.allybot.core.poll.PollChoice;
import org.allybot.server.Server;
import org.allybot.testkit.slack.FakeSlackApi;

/**
 * Checks that each run did the work it claims, so no app gets credit for clicks it dropped: after
 * an Allybot run, a response_url post arrived for every click (Allybot posts them after the ack;
 * the run's time is extended to the last one) and every member's answer of that round is in Redis;
 * after a run of (b), a chat.update was made for every click. A failed check stops the benchmark.
 */
final class Checks {
  private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

  private final Server server;
  private final FakeSlackApi fake;
  private final List<JsonNode> buttons;

  Checks(Server server, FakeSlackApi fake, List<JsonNode> buttons) {
    this.server = server;
    this.fake = fake;
    this.buttons = buttons;
    fake.clearCalls();
  }

  /** Waits for the run's response_url posts, checks the answers, and counts the wait. */
  Latencies allybot(Latencies run, int round) throws InterruptedException {
    long clicks = run.nanos().length;
    long started = System.nanoTime();
    long deadline = started + DRAIN_LIMIT.toNanos();
    while (fake.count("response_url") < clicks) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            run.name() + ": " + fake.count("response_url") + " response_url posts for " + clicks);
      }
      Thread.sleep(2);
    }
    double drained = (System.nanoTime() - started) / 1e9;
    fake.clearCalls();
    checkAnswers(run, round, (int) Math.min(clicks, PollLoad.USERS));
    return new Latencies(
        run.name(),
        run.nanos(),
        run.seconds() + drained,
        run.errors(),
        run.cpuMillis(),
        run.redisMillis());
  }

  /** Checks that (b) made its chat.update for every click. */
  Latencies hashMap(Latencies run) {
    long updates = fake.count("chat.update");
    if (updates != run.nanos().length) {
      throw new IllegalStateException(
          run.name() + ": " + updates + " chat.update calls for " + run.nanos().length);
    }
    fake.clearCalls();
    return run;
  }

  private void checkAnswers(Latencies run, int round, int members) {
    PollAnswers answers = server.runtime().bot().context().answers();
    WorkspaceId workspace = new WorkspaceId(Platform.SLACK, FakeSlackApi.TEAM);
    for (int m = 0; m < members; m++) {
      String value = buttons.get(PollLoad.option(m, round, buttons.size())).path("value").asText();
      PollChoice choice = PollChoice.decode(value).orElseThrow();
      UserRef user = new UserRef(workspace, PollLoad.member(m));
      if (!answers.answerOf(user, choice.pollKey()).orElse("").equals(choice.optionId())) {
        throw new IllegalStateException(run.name() + ": the answer of member " + m + " is wrong");
      }
    }
  }
}
