package org.allybot.slack.handler;

import com.slack.api.bolt.App;
import com.slack.api.model.User;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import com.slack.api.model.event.UserChangeEvent;
import java.util.List;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.slack.SlackUsers;
import org.allybot.slack.render.TextChunks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events API events, each acknowledged at once and handled after: the App Home, members joining
 * channels, profile (time zone) changes, uninstalls and revoked tokens, and messages in channels,
 * threads and direct messages.
 */
final class EventHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(EventHandlers.class);

  private final Inbound in;

  EventHandlers(Inbound in) {
    this.in = in;
  }

  void register(App app) {
    app.event(
        AppHomeOpenedEvent.class,
        (p, ctx) -> {
          AppHomeOpenedEvent e = p.getEvent();
          if ("home".equals(e.getTab())) {
            String team = p.getTeamId();
            in.calls().later("home", () -> home(team, e.getUser()));
          }
          return ctx.ack();
        });
    app.event(
        MemberJoinedChannelEvent.class,
        (p, ctx) -> {
          MemberJoinedChannelEvent e = p.getEvent();
          WorkspaceId ws = workspace(p.getTeamId());
          in.calls()
              .later(
                  "member joined",
                  () ->
                      in.calls().now(new CoreEvent.MemberJoined(ws, e.getChannel(), e.getUser())));
          return ctx.ack();
        });
    app.event(
        UserChangeEvent.class,
        (p, ctx) -> {
          User u = p.getEvent().getUser();
          String team = u.getTeamId() != null ? u.getTeamId() : p.getTeamId();
          SlackUsers.Profile profile = SlackUsers.Profile.of(u);
          in.users().remember(team, u.getId(), profile);
          Actor actor = in.users().actor(team, u.getId(), profile.displayName());
          in.calls().later("profile", () -> in.calls().now(new CoreEvent.ProfileChanged(actor)));
          return ctx.ack();
        });
    app.event(
        AppUninstalledEvent.class,
        (p, ctx) -> {
          String team = p.getTeamId();
          in.calls().later("uninstall", () -> uninstalled(team));
          return ctx.ack();
        });
    app.event(
        TokensRevokedEvent.class,
        (p, ctx) -> {
          String team = p.getTeamId();
          TokensRevokedEvent.Tokens tokens = p.getEvent().getTokens();
          List<String> bots =
              tokens == null || tokens.getBot() == null ? List.of() : tokens.getBot();
          List<String> users =
              tokens == null || tokens.getOauth() == null ? List.of() : tokens.getOauth();
          in.calls()
              .later(
                  "tokens revoked",
                  () -> {
                    if (!users.isEmpty()) {
                      in.revocation().usersRevoked(team, users);
                      LOG.info("Removed {} user token(s) in workspace {}", users.size(), team);
                    }
                    if (!bots.isEmpty()) {
                      uninstalled(team);
                    }
                  });
          return ctx.ack();
        });
    app.event(
        MessageEvent.class,
        (p, ctx) -> {
          MessageEvent e = p.getEvent();
          // Edits (message_changed), bots' posts (bot_id, bot_message) and other subtypes are not
          // a member speaking: no command, no advice, no nudge.
          if (e.getUser() != null
              && e.getBotId() == null
              && e.getSubtype() == null
              && e.getText() != null) {
            String team = p.getTeamId();
            in.calls().later("message", () -> message(team, e));
          }
          return ctx.ack();
        });
  }

  private void home(String team, String user) {
    Actor actor = in.users().actor(team, user, "");
    Reply reply = in.calls().now(new CoreEvent.HomeOpened(actor));
    if (!reply.messages().isEmpty()) {
      in.replies().publishHome(team, user, reply.messages().getFirst());
    }
  }

  private void uninstalled(String team) {
    in.calls().now(new CoreEvent.AppUninstalled(workspace(team)));
    in.revocation().workspaceGone(team);
    in.users().forgetWorkspace(team);
    LOG.info("Workspace {} uninstalled Allybot; its tokens and data were deleted", team);
  }

  private void message(String team, MessageEvent e) {
    boolean direct = "im".equals(e.getChannelType());
    String thread =
        e.getThreadTs() == null || e.getThreadTs().equals(e.getTs()) ? "" : e.getThreadTs();
    Actor actor = in.users().actor(team, e.getUser(), "");
    Reply reply =
        in.calls()
            .now(
                new CoreEvent.MessageReceived(
                    actor, direct ? "" : e.getChannel(), thread, TextChunks.unescape(e.getText())));
    if (reply.messages().isEmpty()) {
      return;
    }
    if (direct) {
      in.replies().post(team, e.getChannel(), thread, reply.messages());
    } else {
      in.replies().ephemeral(team, e.getChannel(), e.getUser(), thread, reply.messages());
    }
  }

  private static WorkspaceId workspace(String team) {
    return new WorkspaceId(Platform.SLACK, team);
  }
}
