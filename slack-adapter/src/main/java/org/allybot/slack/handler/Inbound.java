package org.allybot.slack.handler;

import org.allybot.slack.SlackUsers;

/** What every Slack handler needs: members, the core, the way back to Slack, token removal. */
record Inbound(SlackUsers users, CoreCalls calls, Replies replies, TokenRevocation revocation) {}
