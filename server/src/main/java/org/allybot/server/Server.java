package org.allybot.server;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.ChatPlatform;
import org.allybot.core.Platform;
import org.allybot.core.delivery.RateLimits;
import org.allybot.core.store.RedisDeliveryStores;
import org.allybot.server.http.HttpServer;
import org.allybot.server.metrics.DeliveryMetrics;
import org.allybot.server.metrics.MetricsSettings;
import org.allybot.server.metrics.StoreMetrics;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.LogFormat;
import org.allybot.server.runtime.RateLimitSettings;
import org.allybot.server.runtime.Settings;
import org.allybot.server.slack.SlackSettings;
import org.allybot.server.slack.SlackWiring;
import org.allybot.server.teams.TeamsSettings;
import org.allybot.server.teams.TeamsWiring;
import org.allybot.server.xapi.XapiMetrics;
import org.allybot.teams.TeamsConfig;

/**
 * What {@code allybot serve} runs: the settings checked all at once, the runtime, the platforms
 * that are on (Slack when its signing secret is set, Teams when its app id is set) and the HTTP
 * server. A failure at any step stops what was already started, so a failed start leaves no thread
 * or Redis behind.
 */
public final class Server implements AutoCloseable {
  private final AllybotRuntime runtime;
  private final SlackWiring slack;
  private final HttpServer http;

  private Server(AllybotRuntime runtime, SlackWiring slack, HttpServer http) {
    this.runtime = runtime;
    this.slack = slack;
    this.http = http;
  }

  /** Starts with the platform rate limits of the environment (the published ones by default). */
  public static Server start(Map<String, String> env, Clock clock) {
    return start(env, clock, Optional.empty());
  }

  /** Starts with the given send rates per platform (benchmarks speed them up). */
  public static Server start(
      Map<String, String> env, Clock clock, Map<Platform, RateLimits> limits) {
    return start(env, clock, Optional.of(limits));
  }

  private static Server start(
      Map<String, String> env, Clock clock, Optional<Map<Platform, RateLimits>> given) {
    List<String> problems = new ArrayList<>();
    Map<Platform, RateLimits> limits =
        given.orElseGet(() -> RateLimitSettings.from(env, problems).limits());
    MetricsSettings metricsAccess = MetricsSettings.from(env, problems);
    LogFormat.check(env, problems);
    Settings settings = null;
    try {
      settings = Settings.from(env);
    } catch (Settings.SettingsException e) {
      problems.addAll(e.problems());
    }
    String publicUrl =
        settings != null ? settings.core().publicUrl() : env.getOrDefault("ALLYBOT_PUBLIC_URL", "");
    SlackSettings slackSettings = SlackSettings.from(env, publicUrl, problems);
    Optional<TeamsConfig> teamsConfig = Optional.empty();
    try {
      teamsConfig = TeamsSettings.from(env);
    } catch (Settings.SettingsException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new Settings.SettingsException(problems);
    }
    SlackWiring slack = slackSettings == null ? null : new SlackWiring(slackSettings, clock);
    TeamsWiring teams = teamsConfig.map(TeamsWiring::create).orElse(null);
    PrometheusMeterRegistry metrics = HttpServer.metrics();
    AllybotRuntime runtime;
    try {
      runtime =
          AllybotRuntime.start(
              settings,
              (redis, key) -> {
                Map<Platform, ChatPlatform> platforms = new EnumMap<>(Platform.class);
                if (slack != null) {
                  platforms.put(Platform.SLACK, slack.connect(redis, key));
                }
                if (teams != null) {
                  platforms.put(Platform.TEAMS, teams.platform());
                }
                return platforms;
              },
              clock,
              limits,
              new DeliveryMetrics(metrics));
    } catch (RuntimeException e) {
      if (slack != null) {
        slack.close();
      }
      throw e;
    }
    try {
      if (slack != null) {
        slack.start(runtime.bot(), runtime.limiter());
      }
      runtime.xapi().ifPresent(x -> XapiMetrics.bind(metrics, x));
      StoreMetrics.bind(metrics, runtime, RedisDeliveryStores.on(runtime.redis()).queue());
      HttpServer http =
          HttpServer.start(
              settings.port(),
              runtime,
              metrics,
              metricsAccess,
              config -> {
                if (slack != null) {
                  slack.routes(config);
                }
                if (teams != null) {
                  config.routes.post(
                      TeamsWiring.PATH,
                      teams.route(runtime.bot(), runtime.redis(), runtime.limiter()));
                }
              });
      return new Server(runtime, slack, http);
    } catch (RuntimeException e) {
      if (slack != null) {
        slack.close();
      }
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

  /** Whether Slack runs over Socket Mode. */
  public boolean slackSocketMode() {
    return slack != null && slack.socketMode();
  }

  /**
   * Stops in the order a rolling restart needs: readiness false and no new queue entries first,
   * in-flight deliveries finished, then HTTP (its requests still reach Redis), the platforms, and
   * Redis last.
   */
  @Override
  public void close() {
    runtime.drain();
    http.close();
    if (slack != null) {
      slack.close();
    }
    runtime.close();
  }
}
