package org.allybot.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Response;
import org.allybot.teams.auth.TokenEndpointCredentials;

/**
 * The SDK's adapter, bent where it must be:
 *
 * <ul>
 *   <li>its app credentials fetch the outbound token from the configured endpoint (and the
 *       configured tenant, for single-tenant bots), instead of a login host fixed in the SDK;
 *   <li>its connector clients never retry on their own (the SDK's default retries 5xx three times
 *       at once, which would post twice after a 5xx that had in fact posted): the core's delivery
 *       engine retries, with backoff, jitter and an idempotency key;
 *   <li>they share one connection pool and have bounded timeouts.
 * </ul>
 */
final class ConnectorAdapter extends BotFrameworkAdapter {
  private static final RetryStrategy NEVER =
      new RetryStrategy("allybot-never", false) {
        @Override
        public boolean shouldRetry(int retryCount, Response response) {
          return false;
        }
      };

  private final TeamsConfig config;
  private final MicrosoftAppCredentials credentials;
  private final ConnectionPool pool = new ConnectionPool(32, 5, TimeUnit.MINUTES);
  private final Dispatcher dispatcher = new Dispatcher();
  private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();

  ConnectorAdapter(TeamsConfig config) {
    super(new SimpleCredentialProvider(config.appId(), config.appPassword()));
    this.config = config;
    this.credentials =
        config.appId().isEmpty()
            ? MicrosoftAppCredentials.empty()
            : new TokenEndpointCredentials(
                config.appId(),
                config.appPassword(),
                config.tenantId(),
                AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE,
                config.tokenUrl());
    dispatcher.setMaxRequests(256);
    dispatcher.setMaxRequestsPerHost(128);
  }

  /** The bot's own credentials, as {@code createConversation} wants them. */
  MicrosoftAppCredentials credentials() {
    return credentials;
  }

  @Override
  protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
    if (appId == null || appId.isBlank() || !appId.equals(config.appId())) {
      return CompletableFuture.completedFuture(MicrosoftAppCredentials.empty());
    }
    if (AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE.equals(scope)) {
      return CompletableFuture.completedFuture(credentials);
    }
    return CompletableFuture.completedFuture(
        new TokenEndpointCredentials(
            appId, config.appPassword(), config.tenantId(), scope, config.tokenUrl()));
  }

  @Override
  protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(
      String serviceUrl, AppCredentials usingCredentials) {
    AppCredentials creds =
        usingCredentials == null ? MicrosoftAppCredentials.empty() : usingCredentials;
    String key = serviceUrl + "|" + creds.getAppId() + "|" + creds.oAuthScope();
    try {
      return CompletableFuture.completedFuture(
          clients.computeIfAbsent(key, k -> client(serviceUrl, creds)));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private ConnectorClient client(String serviceUrl, AppCredentials creds) {
    RestClient rest =
        new RestClient.Builder()
            .withBaseUrl(serviceUrl)
            .withCredentials(creds)
            .withSerializerAdapter(new JacksonAdapter())
            .withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
            .withRetryStrategy(NEVER)
            .withConnectionPool(pool)
            .withDispatcher(dispatcher)
            .withConnectionTimeout(10, TimeUnit.SECONDS)
            .withReadTimeout(30, TimeUnit.SECONDS)
            .build();
    return new RestConnectorClient(rest);
  }
}
