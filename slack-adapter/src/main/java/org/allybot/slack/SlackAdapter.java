package org.allybot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import org.allybot.core.Allybot;
import org.allybot.core.DeliveryException;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.slack.handler.CoreCalls;
import org.allybot.slack.handler.Deduplication;
import org.allybot.slack.handler.PollClicks;
import org.allybot.slack.handler.SlackHandlers;
import org.allybot.slack.handler.TokenRevocation;
import org.allybot.slack.oauth.InstallPage;
import org.allybot.slack.oauth.StoredOAuthStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Allybot in Slack: a Bolt app with our own request verification in front, every handler
 * registered, and, with an app token, a Socket Mode connection. Start it once the core runs; serve
 * {@link #endpoint()} over HTTP; close it to stop.
 */
public final class SlackAdapter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);

  private final App app;
  private final CoreCalls calls;
  private SlackEndpoint endpoint;
  private SocketModeApp socketMode;

  private SlackAdapter(App app, CoreCalls calls) {
    this.app = app;
    this.calls = calls;
  }

  /**
   * Builds and starts the Bolt app, its replies' posts paced by {@code limiter} (the delivery
   * engine's); throws {@link SlackStartupException} with one clear line.
   */
  public static SlackAdapter start(SlackClient client, Allybot bot, RateLimiter limiter) {
    SlackOptions o = client.options();
    if (!o.oauth()) {
      checkToken(client);
    }
    App app = new App(config(client));
    CoreCalls calls = new CoreCalls(bot, CoreCalls.ACK_BUDGET);
    SlackAdapter adapter = new SlackAdapter(app, calls);
    try {
      if (o.oauth()) {
        app.asOAuthApp(true);
        app.service(client.installations());
        app.service(new StoredOAuthStates(client.store()));
      }
      MemberLanguage languages = new MemberLanguage(bot.context().languageOf());
      app.use(new SocketModeCheck(languages));
      PollClicks pollClicks =
          SlackHandlers.register(
              app,
              new Deduplication(client.store()),
              calls,
              client.users(),
              client.slack(),
              client.tokens(),
              o.oauth() ? client.installations() : TokenRevocation.NONE,
              languages,
              limiter);
      adapter.endpoint =
          new SlackEndpoint(
              app,
              new RequestSignature(o.signingSecret(), client.clock()),
              pollClicks,
              o.oauth(),
              languages);
      app.start();
      if (o.socketMode()) {
        adapter.socketMode =
            new SocketModeApp(o.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
        adapter.socketMode.startAsync();
      }
    } catch (SlackStartupException e) {
      adapter.close();
      throw e;
    } catch (Exception e) {
      adapter.close();
      throw new SlackStartupException(
          "Slack could not start"
              + (o.socketMode() ? " in Socket Mode (check SLACK_APP_TOKEN)" : "")
              + ": "
              + oneLine(e));
    }
    LOG.info(
        "Slack is on: {}{}",
        o.oauth() ? "OAuth installs" : "one workspace",
        o.socketMode() ? ", Socket Mode" : ", HTTP at " + SlackEndpoint.EVENTS_PATH);
    return adapter;
  }

  private static AppConfig config(SlackClient client) {
    SlackOptions o = client.options();
    AppConfig config =
        AppConfig.builder()
            .slack(client.slack())
            .signingSecret(o.signingSecret())
            .requestVerificationEnabled(false)
            .verificationToken(null)
            .singleTeamBotToken(o.oauth() ? null : o.botToken())
            .clientId(o.oauth() ? o.clientId() : null)
            .clientSecret(o.oauth() ? o.clientSecret() : null)
            .scope(o.oauth() ? o.scopes() : null)
            .userScope(null)
            .redirectUri(
                o.oauth()
                    ? o.publicUrl().replaceAll("/+$", "") + SlackEndpoint.REDIRECT_PATH
                    : null)
            .oauthStartPath(SlackEndpoint.INSTALL_PATH)
            .oauthInstallPath(SlackEndpoint.INSTALL_PATH)
            .oauthCallbackPath(SlackEndpoint.REDIRECT_PATH)
            .oauthRedirectUriPath(SlackEndpoint.REDIRECT_PATH)
            .oauthCancellationUrl(null)
            .oauthCompletionUrl(null)
            .allEventsApiAutoAckEnabled(true)
            .subtypedMessageEventsAutoAckEnabled(true)
            .threadPoolSize(2)
            .build();
    config.setOAuthInstallPageRenderer(new InstallPage());
    return config;
  }

  /**
   * Bolt calls auth.test itself, but says "the token is invalid" even when Slack is unreachable.
   */
  private static void checkToken(SlackClient client) {
    String api = client.options().apiUrl();
    try {
      AuthTestResponse r =
          SlackFailures.call(
              () -> client.slack().methods(client.options().botToken()).authTest(req -> req));
      LOG.info("Slack bot token works for workspace {}", r.getTeamId());
    } catch (DeliveryException.Permanent e) {
      throw new SlackStartupException(
          "Slack refused SLACK_BOT_TOKEN (auth.test: " + e.getMessage() + "); check the token.");
    } catch (DeliveryException e) {
      throw new SlackStartupException(
          "Slack's Web API at "
              + api
              + " cannot be reached (auth.test: "
              + e.getMessage()
              + "); check SLACK_API_URL and the network.");
    }
  }

  private static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String m = root.getMessage();
    return root.getClass().getSimpleName()
        + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }

  public SlackEndpoint endpoint() {
    return endpoint;
  }

  /** Whether a Socket Mode connection is running. */
  public boolean socketMode() {
    return socketMode != null;
  }

  @Override
  public void close() {
    if (socketMode != null) {
      try {
        socketMode.close();
      } catch (Exception e) {
        LOG.warn("Socket Mode did not stop cleanly: {}", e.getClass().getSimpleName());
      }
      socketMode = null;
    }
    app.stop();
    calls.close();
  }
}
