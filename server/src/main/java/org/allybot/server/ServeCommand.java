package org.allybot.server;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** {@code allybot serve}: the HTTP server that Slack and Teams talk to. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the HTTP server (PORT, default 3000).")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  /**
   * Longer than an orderly stop takes: the delivery worker's 10 s grace for entries in hand, then
   * HTTP, Quartz and Redis. Kubernetes' termination grace (deploy/k8s) is longer still.
   */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

  @Override
  public Integer call() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    try (Server server = Server.start(System.getenv(), Clock.systemUTC())) {
      // The hook waits for the close below: the JVM halts once its hooks return, and Quartz, the
      // embedded Redis and its port note in the data folder must be stopped before that.
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    stopped.countDown();
                    try {
                      closed.await(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  },
                  "allybot-shutdown"));
      LOG.info("Allybot is listening on port {}", server.port());
      stopped.await();
    } finally {
      closed.countDown();
    }
    return 0;
  }
}
