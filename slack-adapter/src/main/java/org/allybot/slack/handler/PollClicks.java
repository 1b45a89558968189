package org.allybot.slack.handler;

import java.util.Optional;
import org.allybot.core.poll.PollMessages;
import org.allybot.slack.SlackIds;
import org.allybot.slack.SlackTokens;
import org.allybot.slack.render.ActionIds;

/**
 * The busiest request Slack sends: a member answering a poll in a message. The endpoint offers it
 * here before Bolt, so it is read in one streaming pass instead of Bolt's bind of the whole payload
 * with a new Gson per request; it is then deduplicated and handled exactly as Bolt would have it
 * handled ({@link Deduplication}, {@link ActionHandler}). Anything else goes on to Bolt.
 */
public final class PollClicks {
  private final ActionHandler actions;
  private final Deduplication deduplication;
  private final SlackTokens tokens;

  PollClicks(ActionHandler actions, Deduplication deduplication, SlackTokens tokens) {
    this.actions = actions;
    this.deduplication = deduplication;
    this.tokens = tokens;
  }

  /**
   * Handles an interaction's {@code payload} if it is a poll answer from a message of a workspace
   * with a token, and says whether it did; throws {@link IllegalArgumentException} if the payload
   * is not well-formed JSON.
   */
  public boolean handled(String payload, String retryNum) {
    Optional<Click> read = ClickReader.read(payload);
    if (read.isEmpty() || !pollAnswer(read.get())) {
      return false;
    }
    Click click = read.get();
    String id = Deduplication.click(click.triggerId(), click.actionTs());
    // The check for a repeat is a store round trip: it runs within the ack budget with the rest,
    // so that a slow store delays the reply, never Slack's ack (ops/faults/slow-redis.sh).
    actions.handle(click, () -> id == null || deduplication.firstTime(id, retryNum));
    return true;
  }

  private boolean pollAnswer(Click c) {
    // Ids of another shape are left to the endpoint's check, which refuses them.
    return c.inMessage()
        && c.responseUrl() != null
        && SlackIds.team(c.teamId())
        && SlackIds.user(c.userId())
        && (c.channelId().isEmpty() || SlackIds.channel(c.channelId()))
        && ActionIds.action(c.actionId()).equals(PollMessages.ANSWER)
        && tokens.botToken(c.teamId()).isPresent();
  }
}
