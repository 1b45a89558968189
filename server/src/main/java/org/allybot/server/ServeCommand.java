package org.allybot.server;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.allybot.server.http.HttpServer;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
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
    Settings settings = Settings.from(System.getenv());
    PrometheusMeterRegistry metrics = HttpServer.metrics();
    CountDownLatch stopped = new CountDownLatch(1);
    try (AllybotRuntime runtime = AllybotRuntime.start(settings, Map.of(), Clock.systemUTC());
        HttpServer http = HttpServer.start(settings.port(), runtime, metrics)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "allybot-shutdown"));
      LOG.info("Allybot is listening on port {}", http.port());
      stopped.await();
    }
    return 0;
  }
}
