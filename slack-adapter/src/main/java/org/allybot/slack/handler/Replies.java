package org.allybot.slack.handler;

import com.slack.api.Slack;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.DeliveryException;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.core.message.Message;
import org.allybot.slack.SlackFailures;
import org.allybot.slack.SlackTokens;
import org.allybot.slack.render.BlockJson;
import org.allybot.slack.render.BlockKit;
import org.allybot.slack.render.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the core's replies to the member who acted: through the interaction's {@code response_url}
 * (replacing the clicked message in place, or adding to it), in a modal, on the App Home, in the
 * member's direct messages, or as an ephemeral message in a channel.
 *
 * <p>Its {@code chat.postMessage} calls take their permits from the delivery engine's shared budget
 * ({@code limiter}), per workspace and per conversation, since Slack counts them with the engine's
 * posts; a 429 on one pauses that budget for every instance.
 */
final class Replies {
  private static final Logger LOG = LoggerFactory.getLogger(Replies.class);
  private static final int RATE_LIMIT_RETRIES = 2;
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
  private static final String POST = "chat.postMessage";

  private final Slack slack;
  private final SlackTokens tokens;
  private final RateLimiter limiter;

  Replies(Slack slack, SlackTokens tokens, RateLimiter limiter) {
    this.slack = slack;
    this.tokens = tokens;
    this.limiter = limiter;
    ResponseUrlPosts.keepConnectionsAlive();
  }

  /** Posts to a response_url; the first message replaces the original when asked. */
  void respond(String url, List<Message> messages, boolean replaceFirst, boolean ephemeral) {
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      for (List<LayoutBlock> blocks : BlockKit.messages(m)) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("replace_original", i == 0 && replaceFirst);
        body.put("response_type", ephemeral ? "ephemeral" : "in_channel");
        body.put("text", BlockKit.fallback(m));
        body.put("blocks", blocks);
        ResponseUrlPosts.post(url, BlockJson.write(body));
        replaceFirst = false;
      }
    }
  }

  void openModal(String team, String triggerId, View view) {
    call(
        "views.open",
        team,
        t -> () -> slack.methods(t).viewsOpen(r -> r.triggerId(triggerId).view(view)));
  }

  /** Shows {@code home} as the member's App Home tab. */
  void publishHome(String team, String userId, Message home) {
    call(
        "views.publish",
        team,
        t -> () -> slack.methods(t).viewsPublish(r -> r.userId(userId).view(Views.home(home))));
  }

  /** Messages in the member's direct conversation with the bot. */
  void direct(String team, String userId, List<Message> messages) {
    post(team, userId, "", messages);
  }

  /** Messages in a conversation (a thread if {@code threadTs} is set). */
  void post(String team, String channel, String threadTs, List<Message> messages) {
    for (Message m : messages) {
      for (List<LayoutBlock> blocks : BlockKit.messages(m)) {
        if (!awaitPermit(team, channel)) {
          return;
        }
        call(
            POST,
            team,
            t ->
                () ->
                    slack
                        .methods(t)
                        .chatPostMessage(r ->
                            r.channel(channel)
                                .threadTs(threadTs.isEmpty() ? null : threadTs)
                                .text(BlockKit.fallback(m))
                                .blocks(blocks)));
      }
    }
  }

  /** Messages only {@code userId} sees, in a channel (and thread). */
  void ephemeral(
      String team, String channel, String userId, String threadTs, List<Message> messages) {
    for (Message m : messages) {
      for (List<LayoutBlock> blocks : BlockKit.messages(m)) {
        call(
            "chat.postEphemeral",
            team,
            t ->
                () ->
                    slack
                        .methods(t)
                        .chatPostEphemeral(r ->
                            r.channel(channel)
                                .user(userId)
                                .threadTs(threadTs.isEmpty() ? null : threadTs)
                                .text(BlockKit.fallback(m))
                                .blocks(blocks)));
      }
    }
  }

  /** Waits for a permit to post to {@code channel}; false if interrupted meanwhile. */
  private boolean awaitPermit(String team, String channel) {
    try {
      limiter.acquireSend(new Recipient(workspace(team), channel));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static WorkspaceId workspace(String team) {
    return new WorkspaceId(Platform.SLACK, team);
  }

  /**
   * One Web API call with the workspace's token. A 429 is waited out as Slack's Retry-After says
   * (twice at most, and never longer than {@link #LONGEST_WAIT}), so a busy minute does not lose a
   * reply; other failures are logged by method and error only.
   */
  private void call(
      String method, String team, java.util.function.Function<String, SlackFailures.Call<?>> call) {
    String token = tokens.botToken(team).orElse(null);
    if (token == null) {
      LOG.warn("{} skipped: no token for workspace {}", method, team);
      return;
    }
    for (int attempt = 0; ; attempt++) {
      try {
        SlackFailures.call(call.apply(token));
        return;
      } catch (DeliveryException.RateLimited e) {
        if (method.equals(POST)) {
          limiter.pause(workspace(team), e.retryAfter());
        }
        if (attempt == RATE_LIMIT_RETRIES || e.retryAfter().compareTo(LONGEST_WAIT) > 0) {
          LOG.warn("{} in workspace {} failed: {}", method, team, e.getMessage());
          return;
        }
        try {
          Thread.sleep(e.retryAfter());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      } catch (DeliveryException e) {
        LOG.warn("{} in workspace {} failed: {}", method, team, e.getMessage());
        return;
      }
    }
  }
}
