package org.allybot.slack.handler;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.util.Optional;

/**
 * One button press or menu choice ({@code block_actions}), as much of it as Allybot uses: who
 * (workspace, member), what (the first action's id, value and time), and the way back (the
 * interaction's {@code response_url}, its channel, and the view it was pressed in, if any).
 */
record Click(
    String teamId,
    String userId,
    String userName,
    String actionId,
    String value,
    String actionTs,
    String triggerId,
    String responseUrl,
    String channelId,
    String viewType) {

  /** Pressed on the App Home tab. */
  boolean fromHome() {
    return viewType.equals("home");
  }

  /** Pressed in a message (not in a view: home tab or modal). */
  boolean inMessage() {
    return viewType.isEmpty();
  }

  /** The click in a payload Bolt parsed; empty when it carries no action. */
  static Optional<Click> of(BlockActionPayload p) {
    if (p.getActions() == null || p.getActions().isEmpty()) {
      return Optional.empty();
    }
    BlockActionPayload.Action action = p.getActions().getFirst();
    String value =
        action.getSelectedOption() != null
            ? action.getSelectedOption().getValue()
            : action.getValue();
    return Optional.of(
        new Click(
            p.getTeam() == null ? null : p.getTeam().getId(),
            p.getUser() == null ? null : p.getUser().getId(),
            p.getUser() == null ? null : p.getUser().getName(),
            action.getActionId(),
            value == null ? "" : value,
            action.getActionTs(),
            p.getTriggerId(),
            p.getResponseUrl(),
            p.getChannel() == null ? "" : p.getChannel().getId(),
            p.getView() == null || p.getView().getType() == null ? "" : p.getView().getType()));
  }
}
