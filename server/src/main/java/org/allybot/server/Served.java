package org.allybot.server;

import io.javalin.http.Handler;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.ChatPlatform;
import org.allybot.core.Platform;
import org.allybot.server.http.HttpServer;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.teams.TeamsWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}'s wiring, from the environment to a listening server: settings, the platforms that
 * are on, the runtime and the HTTP server with each platform's route. Closing it stops all of it.
 */
public final class Served implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Served.class);

  private final AllybotRuntime runtime;
  private final HttpServer http;

  private Served(AllybotRuntime runtime, HttpServer http) {
    this.runtime = runtime;
    this.http = http;
  }

  /** Starts everything, or stops what it had started and throws. */
  public static Served start(Map<String, String> env, Clock clock) {
    ServeSettings settings = ServeSettings.from(env);
    Map<Platform, ChatPlatform> platforms = new EnumMap<>(Platform.class);
    Optional<TeamsWiring> teams = settings.teams().map(TeamsWiring::create);
    teams.ifPresent(t -> platforms.put(Platform.TEAMS, t.platform()));
    settings
        .teams()
        .ifPresentOrElse(
            c -> LOG.info("Teams is on: {}", c),
            () -> LOG.info("Teams is off (MICROSOFT_APP_ID is not set)"));
    AllybotRuntime runtime = AllybotRuntime.start(settings.server(), platforms, clock);
    try {
      Map<String, Handler> posts = new LinkedHashMap<>();
      teams.ifPresent(t -> posts.put(TeamsWiring.PATH, t.route(runtime.bot(), runtime.redis())));
      HttpServer http =
          HttpServer.start(settings.server().port(), runtime, HttpServer.metrics(), posts);
      return new Served(runtime, http);
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  public int port() {
    return http.port();
  }

  public AllybotRuntime runtime() {
    return runtime;
  }

  @Override
  public void close() {
    try {
      http.close();
    } finally {
      runtime.close();
    }
  }
}
