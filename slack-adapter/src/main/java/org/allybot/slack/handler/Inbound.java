package org.allybot.slack.handler;

import org.allybot.core.language.Messages;
import org.allybot.slack.MemberLanguage;
import org.allybot.slack.SlackUsers;

/**
 * What every Slack handler needs: members, the core, the way back to Slack, token removal, and the
 * member's language for the adapter's own words.
 */
record Inbound(
    SlackUsers users,
    CoreCalls calls,
    Replies replies,
    TokenRevocation revocation,
    MemberLanguage languages) {

  /** The adapter's own texts for member {@code user} of {@code team}. */
  Messages say(String team, String user) {
    return (languages == null ? MemberLanguage.ENGLISH : languages).of(team, user);
  }
}
