package org.allybot.bench.faults;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.delivery.RateLimits;
import org.allybot.server.Server;
import org.allybot.server.runtime.AllybotRuntime;

/**
 * The real server, configured from the environment as {@code serve} is, with Slack's limits sped up
 * by {@code -Dallybot.drill.speedUp} (default 20) so that a drill's fan-out takes seconds, not
 * minutes. The fault drills start it as a process of its own and may kill it. (Once the limits are
 * settings, ALLYBOT_SLACK_*, the drills can start {@code allybot.jar serve} itself.)
 */
public final class DrillServer {
  private DrillServer() {}

  public static void main(String[] args) throws InterruptedException {
    double speedUp = Double.parseDouble(System.getProperty("allybot.drill.speedUp", "20"));
    Map<Platform, RateLimits> limits = new HashMap<>(AllybotRuntime.defaultLimits());
    limits.put(
        Platform.SLACK,
        new RateLimits(8 * speedUp, speedUp, 50.0 / 60 * speedUp, RateLimits.DEFAULT_BURST));
    Server server = Server.start(System.getenv(), Clock.systemUTC(), limits);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println("drill server ready on port " + server.port());
    Thread.currentThread().join();
  }
}
