package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import org.allybot.core.DeliveryException;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.core.event.Actor;

/**
 * One incoming activity while it is being handled: where it came from (tenant, conversation,
 * channel, thread), who sent it, and how to answer in the same conversation.
 *
 * <p>Its writes take their permits from the same {@link RateLimiter} as the delivery engine's,
 * since Teams counts a turn's answers among the tenant's and the conversation's writes too: when an
 * admin deploys the app to a whole tenant, thousands of installations arrive at once, each greeted
 * in its own chat. A 429 all the same pauses the tenant's budget for every instance.
 */
final class TeamsTurn {
  private final ConnectorClient client;
  private final RateLimiter limiter;
  private final InboundActivity in;
  private final WorkspaceId workspace;
  private final Actor actor;
  private InvokeResponse invokeResponse;

  /**
   * {@code client} answers in the activity's conversation, with the bot's credentials, at the pace
   * {@code limiter} allows.
   */
  TeamsTurn(
      ConnectorClient client, RateLimiter limiter, InboundActivity in, WorkspaceId workspace) {
    this.client = client;
    this.limiter = limiter;
    this.in = in;
    this.workspace = workspace;
    JsonNode from = in.raw().path("from");
    String account = from.path("id").asText("");
    String aad = from.path("aadObjectId").asText("");
    String userId = aad.isEmpty() ? account : aad;
    this.actor =
        userId.isEmpty()
            ? null
            : new Actor(
                new UserRef(workspace, userId),
                from.path("name").asText(""),
                false,
                TimeZones.of(in.raw()),
                in.raw().path("locale").asText(""));
  }

  /** The workspace an activity belongs to: its tenant, or {@code local} for the emulator. */
  static WorkspaceId workspaceOf(InboundActivity in) throws BadActivity {
    String tenant = in.tenantId();
    if (tenant.isEmpty()) {
      return new WorkspaceId(Platform.TEAMS, "local");
    }
    if (!tenant.matches("[A-Za-z0-9._-]{1,100}")) {
      throw new BadActivity("bad tenant id");
    }
    return new WorkspaceId(Platform.TEAMS, tenant);
  }

  InboundActivity in() {
    return in;
  }

  WorkspaceId workspace() {
    return workspace;
  }

  /** The sender, or null when the activity has none. */
  Actor actor() {
    return actor;
  }

  /** The sender's account id ({@code 29:...}). */
  String accountId() {
    return in.raw().path("from").path("id").asText("");
  }

  String botId() {
    return in.raw().path("recipient").path("id").asText("");
  }

  boolean isPersonal() {
    return in.isPersonal();
  }

  /** The channel or group chat, without any thread part; empty in a 1:1 chat. */
  String channelId() {
    return isPersonal() ? "" : References.base(in.conversationId());
  }

  /** The root message of the channel thread this activity replies in, or empty. */
  String threadId() {
    String conversation = in.conversationId();
    int at = conversation.indexOf(References.THREAD);
    if (isPersonal() || at < 0) {
      return "";
    }
    String root = conversation.substring(at + References.THREAD.length());
    return root.equals(in.activity().getId()) ? "" : root;
  }

  /** This conversation's reference, to keep for proactive messages. */
  ConversationReference reference() {
    return in.activity().getConversationReference();
  }

  ConnectorClient client() {
    return client;
  }

  /** Posts a new message to this conversation. */
  void post(Activity activity) throws DeliveryException {
    activity.applyConversationReference(reference(), false);
    activity.setReplyToId(null);
    pacedHere(() ->
        ConnectorCalls.await(
            client().getConversations().sendToConversation(in.conversationId(), activity)));
  }

  /** Replies to this activity (in a channel: in its thread). */
  void reply(Activity activity) throws DeliveryException {
    activity.applyConversationReference(reference(), false);
    pacedHere(() -> ConnectorCalls.await(client().getConversations().replyToActivity(activity)));
  }

  /** Replaces the message {@code activityId} in this conversation. */
  void update(String activityId, Activity activity) throws DeliveryException {
    activity.applyConversationReference(reference(), false);
    activity.setReplyToId(null);
    activity.setId(activityId);
    pacedHere(() ->
        ConnectorCalls.await(
            client().getConversations().updateActivity(in.conversationId(), activityId, activity)));
  }

  /** One write to the Bot Connector. */
  @FunctionalInterface
  interface Write {
    void run() throws DeliveryException;
  }

  /**
   * Waits for a permit to write to this conversation (a channel's, whatever the thread, as the
   * delivery engine counts it), then writes.
   */
  private void pacedHere(Write write) throws DeliveryException {
    paced(new Recipient(workspace, References.base(in.conversationId())), write);
  }

  /**
   * Waits for a permit to write to {@code to} in this turn's tenant, then writes; a 429 pauses the
   * tenant's budget before it is thrown.
   */
  void paced(Recipient to, Write write) throws DeliveryException {
    try {
      limiter.acquireSend(to);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException.Transient("interrupted");
    }
    try {
      write.run();
    } catch (DeliveryException.RateLimited e) {
      limiter.pause(workspace, e.retryAfter());
      throw e;
    }
  }

  /** What the HTTP response to this invoke carries. */
  void answer(InvokeResponse response) {
    this.invokeResponse = response;
  }

  /** The invoke's answer, or null when nothing answered it. */
  InvokeResponse invokeResponse() {
    return invokeResponse;
  }
}
