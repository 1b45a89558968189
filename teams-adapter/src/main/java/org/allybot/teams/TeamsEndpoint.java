package org.allybot.teams;

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.ActivityTypes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.core.store.StoreFaults;
import org.allybot.teams.auth.ChannelTokenCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages} without the HTTP: read and check the activity, check its token (no
 * handler runs for a request that fails), drop an activity already handled, then run the turn and
 * return what to answer. It knows nothing of the HTTP server that calls it.
 *
 * <p>The turn runs without the SDK's {@code processActivity}: its {@code TurnContextImpl} and
 * {@code TurnContextStateCollection} both have finalizers, so every request would leave its whole
 * turn (activity, state, client) for the finalizer thread, to survive garbage collections and
 * lengthen their pauses under load. The SDK's connector client, with the bot's credentials, is all
 * a turn needs.
 */
public final class TeamsEndpoint {
  private static final Logger LOG = LoggerFactory.getLogger(TeamsEndpoint.class);
  private static final long TURN_TIMEOUT_SECONDS = 25;

  private final ConnectorAdapter adapter;
  private final ChannelTokenCheck tokens;
  private final SeenActivities seen;
  private final TurnRouter router;
  private final RateLimiter limiter;
  private final AtomicLong ids = new AtomicLong();

  TeamsEndpoint(
      ConnectorAdapter adapter,
      ChannelTokenCheck tokens,
      SeenActivities seen,
      TurnRouter router,
      RateLimiter limiter) {
    this.adapter = adapter;
    this.tokens = tokens;
    this.seen = seen;
    this.router = router;
    this.limiter = limiter;
  }

  /** Handles one request: its {@code Authorization} header (may be null) and its body. */
  public TeamsResponse receive(String authorization, String body) {
    String id = "tr-" + Long.toHexString(ids.incrementAndGet());
    InboundActivity in;
    WorkspaceId workspace;
    try {
      in = ActivityReader.read(body);
      workspace = TeamsTurn.workspaceOf(in);
    } catch (BadActivity e) {
      LOG.warn("Teams request {} refused: {}", id, e.getMessage());
      return TeamsResponse.badRequest(e.getMessage());
    }
    var verdict =
        tokens.check(authorization, in.activity().getChannelId(), in.activity().getServiceUrl());
    if (verdict instanceof ChannelTokenCheck.Verdict.Rejected rejected) {
      LOG.warn("Teams request {} refused in {}: {}", id, workspace.key(), rejected.reason());
      return TeamsResponse.unauthorized();
    }
    if (in.activity().isType(ActivityTypes.INVOKE)
        && !TurnRouter.handlesInvoke(in.activity().getName())) {
      // Refused before the turn notes the conversation: nothing is kept for a refused request.
      return unhandledInvoke(id, workspace);
    }
    ClaimsIdentity identity = ((ChannelTokenCheck.Verdict.Accepted) verdict).identity();
    String key = seenKey(workspace, in);
    boolean first;
    try {
      first = key == null || seen.firstSight(key);
    } catch (RuntimeException e) {
      return failed(id, in, workspace, e);
    }
    if (!first) {
      LOG.info("Dropped a repeated {} activity in {}", in.type(), workspace.key());
      if (!in.activity().isType(ActivityTypes.INVOKE)) {
        return TeamsResponse.ok();
      }
      // No store call for a repeat: the activity's own locale, else English.
      Messages say =
          Messages.in(Language.ofPlatformLocale(in.activity().getLocale()).orElse(Language.EN));
      return json(
          ThanksMessageAction.isTaskInvoke(in.activity().getName())
              ? ThanksMessageAction.alreadyDone(say)
              : InvokeReplies.message(say.text("inbound.teams.already-done")));
    }
    try {
      ConnectorClient client =
          adapter
              .createConnectorClient(
                  in.activity().getServiceUrl(),
                  identity,
                  AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE)
              .get(TURN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      TeamsTurn turn = new TeamsTurn(client, limiter, in, workspace);
      router.route(turn);
      if (!in.activity().isType(ActivityTypes.INVOKE)) {
        return TeamsResponse.ok();
      }
      return turn.invokeResponse() == null
          ? unhandledInvoke(id, workspace)
          : json(turn.invokeResponse());
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      forget(key);
      return failed(
          id,
          in,
          workspace,
          e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      forget(key);
      return TeamsResponse.failed();
    }
  }

  /**
   * The SDK would answer 501, a server fault; an invoke Allybot does not handle is the sender's
   * business. Its name is the sender's choice too, so it is not logged.
   */
  private static TeamsResponse unhandledInvoke(String id, WorkspaceId workspace) {
    LOG.warn(
        "Teams request {} refused in {}: an invoke Allybot does not handle", id, workspace.key());
    return TeamsResponse.badRequest("invoke not handled");
  }

  /** 503 while the store is away (the Bot Framework retries), 500 for any other fault of ours. */
  private static TeamsResponse failed(
      String id, InboundActivity in, WorkspaceId workspace, Throwable cause) {
    boolean storeAway = StoreFaults.unavailable(cause);
    LOG.error(
        "Teams request {}: could not handle a {} activity in {}: {}",
        id,
        in.type(),
        workspace.key(),
        cause.getClass().getName());
    return storeAway ? TeamsResponse.unavailable() : TeamsResponse.failed();
  }

  private void forget(String key) {
    if (key == null) {
      return;
    }
    try {
      seen.forget(key);
    } catch (RuntimeException e) {
      LOG.warn("Could not forget a failed activity: {}", e.getClass().getSimpleName());
    }
  }

  private static TeamsResponse json(InvokeResponse response) {
    Object body = response.getBody();
    return new TeamsResponse(response.getStatus(), body == null ? "" : body.toString());
  }

  /** A digest of where the activity is and its id; null when it has no id to compare. */
  static String seenKey(WorkspaceId workspace, InboundActivity in) {
    String id = in.activity().getId();
    if (id == null || id.isEmpty()) {
      return null;
    }
    String whole = workspace.key() + "|" + in.conversationId() + "|" + in.type() + "|" + id;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(whole.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
