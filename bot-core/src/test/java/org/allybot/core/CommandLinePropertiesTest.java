package org.allybot.core;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.List;
import org.allybot.core.event.Reply;
import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.fuzz.CommandLines;
import org.allybot.testkit.fuzz.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Properties of the {@code /ally} command parser over generated command lines, right and wrong
 * (real verbs and options, dates and numbers out of range, odd text), said by an admin and by a
 * member: every line gets an answer to read, never the internal-error reply, an ERROR line or a
 * stack trace. CI runs a fixed seed and few tries; CONTRIBUTING says how to run more.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class CommandLinePropertiesTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");

  private final CoreHarness harness;

  CommandLinePropertiesTest(CoreHarness harness) {
    this.harness = harness;
  }

  @Test
  void everyCommandLineGetsAnAnswerAndNoInternalError() {
    try (CapturedLog log = CapturedLog.start()) {
      Fuzz.forAll(
          "/ally command lines",
          300,
          CommandLines::random,
          CommandLines::shorter,
          tokens -> check(tokens, log));
    }
  }

  private void check(List<String> tokens, CapturedLog log) {
    log.clear();
    String line = CommandLines.line(tokens);
    for (String who : List.of("boss", "alice")) {
      Reply reply = CoreHarness.checked(harness.say(who, line));
      assertThat(reply.messages().isEmpty() && !reply.hasForm())
          .as("no answer to " + who)
          .isFalse();
    }
    assertThat(log.stackTraces()).as("stack traces").isZero();
    assertThat(log.lines(Level.ERROR)).as("errors").isEmpty();
  }
}
