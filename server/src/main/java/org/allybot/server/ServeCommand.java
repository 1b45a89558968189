package org.allybot.server;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

  @Override
  public Integer call() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    try (Served served = Served.start(System.getenv(), Clock.systemUTC())) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "allybot-shutdown"));
      LOG.info("Allybot is listening on port {}", served.port());
      stopped.await();
    }
    return 0;
  }
}
