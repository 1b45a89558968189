package org.allybot.slack.handler;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import java.util.List;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.slack.MemberLanguage;
import org.allybot.slack.SlackTokens;
import org.allybot.slack.SlackUsers;

/**
 * Registers every Allybot handler on a Bolt app: the command, actions, modals, shortcuts, events.
 */
public final class SlackHandlers {
  public static final String COMMAND = "/ally";

  private SlackHandlers() {}

  /**
   * Registers the handlers behind {@code deduplication}, and returns the poll answers' way around
   * Bolt's parsing, which hands them to the same click handler.
   */
  public static PollClicks register(
      App app,
      Deduplication deduplication,
      CoreCalls calls,
      SlackUsers users,
      Slack slack,
      SlackTokens tokens,
      TokenRevocation revocation,
      MemberLanguage languages,
      RateLimiter limiter) {
    Inbound in =
        new Inbound(users, calls, new Replies(slack, tokens, limiter), revocation, languages);
    ShortcutHandler shortcuts = new ShortcutHandler(in);
    ThanksShortcut thanks = new ThanksShortcut(in);
    ActionHandler actions = new ActionHandler(in);
    app.use(deduplication);
    CommandHandler command = new CommandHandler(in);
    app.command(
        UnhandledRequests.ANY,
        (req, ctx) ->
            COMMAND.equals(req.getPayload().getCommand())
                ? command.apply(req, ctx)
                : UnhandledRequests.command(req, ctx, languages));
    app.blockAction(UnhandledRequests.ANY, actions);
    app.viewSubmission(UnhandledRequests.ANY, new ViewHandler(in, shortcuts));
    app.viewClosed(UnhandledRequests.ANY, (req, ctx) -> ctx.ack());
    // Allybot's menus list their options inline; an options request (block_suggestion) for a
    // menu of an older message gets an empty list rather than Bolt's "no handler" 404.
    app.blockSuggestion(UnhandledRequests.ANY, (req, ctx) -> ctx.ack(r -> r.options(List.of())));
    app.globalShortcut(
        UnhandledRequests.ANY,
        (req, ctx) -> {
          if (!ShortcutHandler.GLOBAL.equals(req.getPayload().getCallbackId())) {
            return UnhandledRequests.acked(req, "global shortcut");
          }
          shortcuts.global(req.getPayload());
          return ctx.ack();
        });
    app.messageShortcut(
        UnhandledRequests.ANY,
        (req, ctx) -> {
          if (ThanksShortcut.CALLBACK.equals(req.getPayload().getCallbackId())) {
            thanks.message(req.getPayload());
            return ctx.ack();
          }
          if (!ShortcutHandler.MESSAGE.equals(req.getPayload().getCallbackId())) {
            return UnhandledRequests.acked(req, "message shortcut");
          }
          shortcuts.message(req.getPayload());
          return ctx.ack();
        });
    new EventHandlers(in).register(app);
    UnhandledRequests.register(app);
    return new PollClicks(actions, deduplication, tokens);
  }
}
