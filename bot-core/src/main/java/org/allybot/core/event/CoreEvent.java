package org.allybot.core.event;

import java.util.Map;
import org.allybot.core.WorkspaceId;

/** Everything an adapter can tell the core; the one door's closed set of inputs. */
public sealed interface CoreEvent {
  WorkspaceId workspace();

  /** A slash command or command text, such as {@code campaign list}, without the {@code /ally}. */
  record CommandInvoked(Actor actor, String text, String channelId) implements CoreEvent {
    @Override
    public WorkspaceId workspace() {
      return actor.user().workspace();
    }
  }

  /** A button was pressed. */
  record ChoiceSelected(Actor actor, String action, String value) implements CoreEvent {
    @Override
    public WorkspaceId workspace() {
      return actor.user().workspace();
    }
  }

  /** A form was submitted. */
  record FormSubmitted(Actor actor, String formId, Map<String, String> values)
      implements CoreEvent {
    public FormSubmitted {
      values = Map.copyOf(values);
    }

    @Override
    public WorkspaceId workspace() {
      return actor.user().workspace();
    }
  }

  /**
   * A plain message the bot can see: in a direct conversation with it ({@code channelId} empty) or
   * in a channel. {@code threadId} names the thread it replies to, or is empty.
   */
  record MessageReceived(Actor actor, String channelId, String threadId, String text)
      implements CoreEvent {
    @Override
    public WorkspaceId workspace() {
      return actor.user().workspace();
    }

    public boolean isDirect() {
      return channelId.isEmpty();
    }
  }

  /** The member opened the bot's home (Slack's App Home tab, a Teams personal tab or card). */
  record HomeOpened(Actor actor) implements CoreEvent {
    @Override
    public WorkspaceId workspace() {
      return actor.user().workspace();
    }
  }

  /** The platform told us a member's profile changed (name, time zone). */
  record ProfileChanged(Actor actor) implements CoreEvent {
    @Override
    public WorkspaceId workspace() {
      return actor.user().workspace();
    }
  }

  /** Someone joined a channel the bot is in. */
  record MemberJoined(WorkspaceId workspace, String channelId, String userId)
      implements CoreEvent {}

  /** The bot was removed from a whole workspace: delete everything it holds. */
  record AppUninstalled(WorkspaceId workspace) implements CoreEvent {}
}
