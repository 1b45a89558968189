package org.allybot.slack.handler;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.DeliveryException;
import org.allybot.core.message.Message;
import org.allybot.slack.SlackFailures;
import org.allybot.slack.SlackTokens;
import org.allybot.slack.render.BlockKit;
import org.allybot.slack.render.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the core's replies to the member who acted: through the interaction's {@code response_url}
 * (replacing the clicked message in place, or adding to it), in a modal, on the App Home, in the
 * member's direct messages, or as an ephemeral message in a channel.
 */
final class Replies {
  private static final Logger LOG = LoggerFactory.getLogger(Replies.class);
  private static final Gson GSON = GsonFactory.createSnakeCase();

  private final Slack slack;
  private final SlackTokens tokens;

  /**
   * For response_url posts, which are made after the ack by the thread that waits for them; the
   * client's own steps run on its selector thread rather than being handed to a pool for each post
   * (the handing-over cost more than the post on a busy poll). Connections are kept alive.
   */
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(Runnable::run)
          .build();

  Replies(Slack slack, SlackTokens tokens) {
    this.slack = slack;
    this.tokens = tokens;
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
        post(url, GSON.toJson(body));
        replaceFirst = false;
      }
    }
  }

  /**
   * One response_url post. A response_url needs no token, so it skips the Web API client (its
   * interceptors and listeners cost more than the post itself on a busy poll).
   */
  private void post(String url, String json) {
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() != 200) {
        LOG.warn("response_url answered HTTP {}", r.statusCode());
      }
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("response_url unreachable: {}", e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
        call(
            "chat.postMessage",
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

  /** One Web API call with the workspace's token; failures are logged by method and error only. */
  private void call(
      String method, String team, java.util.function.Function<String, SlackFailures.Call<?>> call) {
    String token = tokens.botToken(team).orElse(null);
    if (token == null) {
      LOG.warn("{} skipped: no token for workspace {}", method, team);
      return;
    }
    try {
      SlackFailures.call(call.apply(token));
    } catch (DeliveryException e) {
      LOG.warn("{} in workspace {} failed: {}", method, team, e.getMessage());
    }
  }
}
