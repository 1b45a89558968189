package org.allybot.slack.handler;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import org.allybot.core.store.Keys;
import org.allybot.core.store.StoreFaults;
import org.allybot.slack.SlackStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each Slack request's handler once: events by {@code event_id}, interactions and commands by
 * their {@code trigger_id}. A retry ({@code X-Slack-Retry-Num}) or duplicate delivery is
 * acknowledged without running anything again. Seen ids live in the shared store for a day, so
 * every instance behind the load balancer agrees.
 */
public final class Deduplication implements Middleware {
  static final Duration REMEMBER = Duration.ofDays(1);
  private static final Logger LOG = LoggerFactory.getLogger(Deduplication.class);

  private final SlackStore store;

  public Deduplication(SlackStore store) {
    this.store = store;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    String id = id(req);
    if (id == null || id.isBlank()) {
      return chain.next(req);
    }
    String retry =
        req.getHeaders() == null ? null : req.getHeaders().getFirstValue("X-Slack-Retry-Num");
    return firstTime(id, retry) ? chain.next(req) : Response.ok();
  }

  /**
   * True the first time {@code id} is seen; a repeat is logged (by id) and should only be acked.
   */
  boolean firstTime(String id, String retry) {
    boolean first;
    try {
      first = store.firstTime(Keys.global("slack-seen", id), REMEMBER);
    } catch (RuntimeException e) {
      if (!StoreFaults.unavailable(e) || id.startsWith("event:")) {
        throw e; // an event is answered 503, and Slack sends it again later
      }
      // Slack never sends a click, command or form again: handle it, so that the member reads
      // the core's "try again in a moment" instead of a silent failure. Handling one twice is
      // harmless (an answer replaces the same member's earlier one).
      LOG.warn("Slack {} not checked for repeats: the store is away", id.replaceAll(":.*", ""));
      return true;
    }
    if (first) {
      return true;
    }
    LOG.info(
        "Slack {} already handled (retry {}); acknowledged only", id, retry == null ? "-" : retry);
    return false;
  }

  static String id(Request<?> req) {
    return switch (req) {
      case SlashCommandRequest r -> tagged("command", r.getPayload().getTriggerId());
      case BlockActionRequest r -> {
        var actions = r.getPayload().getActions();
        String ts = actions == null || actions.isEmpty() ? "" : actions.getFirst().getActionTs();
        yield click(r.getPayload().getTriggerId(), ts);
      }
      case ViewSubmissionRequest r -> tagged("view", r.getPayload().getTriggerId());
      case GlobalShortcutRequest r -> tagged("shortcut", r.getPayload().getTriggerId());
      case MessageShortcutRequest r -> tagged("shortcut", r.getPayload().getTriggerId());
      default ->
          req.getRequestType() == com.slack.api.bolt.request.RequestType.Event
              ? eventId(req.getRequestBodyAsString())
              : null;
    };
  }

  /** A click's id: its trigger id and the action's time; null without a trigger id. */
  static String click(String triggerId, String actionTs) {
    return triggerId == null ? null : tagged("action", triggerId + ":" + actionTs);
  }

  private static String tagged(String kind, String id) {
    return id == null || id.isBlank() ? null : kind + ":" + id;
  }

  private static String eventId(String body) {
    try {
      JsonElement e = JsonParser.parseString(body);
      JsonObject o = e.getAsJsonObject();
      return o.has("event_id") ? tagged("event", o.get("event_id").getAsString()) : null;
    } catch (RuntimeException ex) {
      return null;
    }
  }
}
