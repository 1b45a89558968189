package org.allybot.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundStepTest {

  @Test
  void theStartGoesOnWhileTheStepRunsAndTheJoinGivesItsResult() {
    CountDownLatch callerWentOn = new CountDownLatch(1);
    BackgroundStep<String> step =
        BackgroundStep.start(
            "test-step",
            () -> {
              try {
                // Finishes only once the caller has done something after starting it.
                return callerWentOn.await(30, TimeUnit.SECONDS) ? "read" : "caller waited";
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });

    callerWentOn.countDown();

    assertThat(step.join()).isEqualTo("read");
  }

  @Test
  void aFailedStepFailsTheJoinWithTheVeryExceptionItThrew() {
    IllegalStateException failure =
        new IllegalStateException(
            "The content has 2 problem(s); run 'allybot content lint' to list them.");
    BackgroundStep<String> step =
        BackgroundStep.start(
            "test-step",
            () -> {
              throw failure;
            });

    assertThatThrownBy(step::join).isSameAs(failure);
  }

  @Test
  void anErrorInTheStepIsRethrownAsItself() {
    StackOverflowError error = new StackOverflowError("deep");
    BackgroundStep<String> step =
        BackgroundStep.start(
            "test-step",
            () -> {
              throw error;
            });

    assertThatThrownBy(step::join).isSameAs(error);
  }

  @Test
  void theStepRunsOnANamedDaemonThreadSoAFailedStartNeverWaitsForIt() {
    BackgroundStep<Thread> step = BackgroundStep.start("allybot-test-step", Thread::currentThread);

    Thread thread = step.join();

    assertThat(thread.getName()).isEqualTo("allybot-test-step");
    assertThat(thread.isDaemon()).isTrue();
  }
}
