package org.allybot.slack.handler;

import java.util.List;

/** Forgets stored tokens when Slack says they are gone; single-workspace mode stores none. */
public interface TokenRevocation {
  TokenRevocation NONE =
      new TokenRevocation() {
        @Override
        public void workspaceGone(String teamId) {}

        @Override
        public void usersRevoked(String teamId, List<String> userIds) {}
      };

  /** The bot token of the workspace is gone: forget every token of it. */
  void workspaceGone(String teamId);

  /** These members' user tokens are gone; the bot's stays. */
  void usersRevoked(String teamId, List<String> userIds);
}
