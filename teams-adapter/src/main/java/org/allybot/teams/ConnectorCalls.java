package org.allybot.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.ConversationReference;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.allybot.core.DeliveryException;

/**
 * Runs one Bot Connector operation proactively: {@code continueConversation} on a stored reference
 * gives a connector client with the bot's credentials, the operation runs with it, and any failure
 * comes back as a {@link DeliveryException}.
 */
final class ConnectorCalls {
  private static final long TIMEOUT_SECONDS = 30;

  private final ConnectorAdapter adapter;
  private final String appId;

  ConnectorCalls(ConnectorAdapter adapter, String appId) {
    this.adapter = adapter;
    this.appId = appId;
  }

  <T> T within(ConversationReference reference, Function<ConnectorClient, CompletableFuture<T>> op)
      throws DeliveryException {
    AtomicReference<T> result = new AtomicReference<>();
    try {
      adapter
          .continueConversation(
              appId,
              reference,
              turn -> {
                ConnectorClient client =
                    turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
                try {
                  return op.apply(client).thenAccept(result::set);
                } catch (RuntimeException e) {
                  return CompletableFuture.failedFuture(e);
                }
              })
          .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw ConnectorFailures.map(e.getCause());
    } catch (TimeoutException e) {
      throw new DeliveryException.Transient("the Bot Connector did not answer in time");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException.Transient("interrupted");
    } catch (RuntimeException e) {
      throw ConnectorFailures.map(e);
    }
    return result.get();
  }

  /** Waits for an SDK future, turning its failure into a {@link DeliveryException}. */
  static <T> T await(CompletableFuture<T> future) throws DeliveryException {
    try {
      return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw ConnectorFailures.map(e.getCause());
    } catch (TimeoutException e) {
      throw new DeliveryException.Transient("the Bot Connector did not answer in time");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException.Transient("interrupted");
    } catch (RuntimeException e) {
      throw ConnectorFailures.map(e);
    }
  }
}
