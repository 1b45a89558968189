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

  /** Someone joined a channel the bot is in. */
  record MemberJoined(WorkspaceId workspace, String channelId, String userId)
      implements CoreEvent {}

  /** The bot was removed from a whole workspace: delete everything it holds. */
  record AppUninstalled(WorkspaceId workspace) implements CoreEvent {}
}
