package org.allybot.slack.handler;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.regex.Pattern;
import org.allybot.slack.MemberLanguage;
import org.allybot.slack.SlackEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the requests no Allybot handler matches: another app's slash command, an unknown
 * shortcut, a legacy attachment button or dialog. Bolt would answer 404 and log a WARN line that
 * quotes the command or callback id, which a sender chooses; these are acked instead, with one line
 * that names only the kind of request and Allybot's id for the request.
 */
final class UnhandledRequests {
  /** Bolt keeps handlers in a map, in no order: one pattern per kind must match everything. */
  static final Pattern ANY = Pattern.compile("(?s).*");

  private static final Logger LOG = LoggerFactory.getLogger(UnhandledRequests.class);

  private UnhandledRequests() {}

  /** Registers the kinds Allybot has no handler for at all: legacy attachments and dialogs. */
  static void register(App app) {
    app.attachmentAction(ANY, (req, ctx) -> acked(req, "attachment action"));
    app.dialogSubmission(ANY, (req, ctx) -> acked(req, "dialog submission"));
    app.dialogCancellation(ANY, (req, ctx) -> acked(req, "dialog cancellation"));
    app.dialogSuggestion(ANY, (req, ctx) -> acked(req, "dialog suggestion"));
  }

  /** Another app's slash command (Slack sent it here by mistake): a pointer to /ally. */
  static Response command(
      SlashCommandRequest req, SlashCommandContext ctx, MemberLanguage languages) {
    unhandled(req, "slash command");
    String text =
        languages
            .of(req.getPayload().getTeamId(), req.getPayload().getUserId())
            .text("inbound.other-command");
    return ctx.ack(r -> r.responseType("ephemeral").text(text));
  }

  static Response acked(Request<?> req, String kind) {
    unhandled(req, kind);
    return Response.ok();
  }

  private static void unhandled(Request<?> req, String kind) {
    String id =
        req.getHeaders() == null ? null : req.getHeaders().getFirstValue(SlackEndpoint.REQUEST_ID);
    LOG.warn("Slack request {} ({}) not handled by Allybot; acknowledged", id, kind);
  }
}
