package org.allybot.core.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.core.ChatPlatform;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * Takes a shared thanks down, at the recipient's or the giver's wish: it leaves the digest at once
 * (its state is no longer public, so a channel post still queued is skipped too), and its channel
 * post is deleted. If the platform cannot delete it right now, the post's record stays, so pressing
 * again finishes the job.
 */
final class ThanksWithdrawal {
  private final CoreContext core;
  private final RecognitionStore store;

  ThanksWithdrawal(CoreContext core, RecognitionStore store) {
    this.core = core;
    this.store = store;
  }

  /** {@code fromNote}: pressed on the recipient's own note, which then shows the new state. */
  Reply withdraw(UserRef who, String id, boolean fromNote) {
    WorkspaceId ws = who.workspace();
    Messages say = core.languageOf().messages(who);
    Optional<Recognition> found = store.find(ws, id);
    if (found.isEmpty()) {
      return Reply.text(say.text("recognition.gone"));
    }
    Recognition r = found.get();
    if (!r.involves(who.userId())) {
      return Reply.text(say.text("recognition.not-involved"));
    }
    Optional<MessageRef> post = store.post(ws, id);
    if (r.state() != Recognition.State.PUBLIC && post.isEmpty()) {
      return Reply.replacing(Message.text(say.text("recognition.not-shared")));
    }
    Recognition down = r.withState(Recognition.State.WITHDRAWN);
    store.save(ws, down);
    if (post.isPresent() && !deleted(id, post.get())) {
      return Reply.text(say.text("recognition.withdraw-failed"));
    }
    String channel = post.map(MessageRef::conversationId).orElse(store.channel(ws).orElse(""));
    if (fromNote && who.userId().equals(r.recipientId())) {
      return Reply.replacing(RecognitionMessages.toRecipient(say, down, channel));
    }
    return Reply.replacing(Message.text(RecognitionMessages.withdrawn(say, channel)));
  }

  /** Deletes the post; true when it is gone, now or before. */
  private boolean deleted(String id, MessageRef post) {
    ChatPlatform platform = core.platforms().get(post.workspace().platform());
    if (platform == null) {
      return false;
    }
    try {
      platform.delete(post);
    } catch (DeliveryException e) {
      return false;
    }
    store.forgetPost(post.workspace(), id);
    return true;
  }

  /** {@code thanks shared}: the member's shared thanks, given or received, each to take down. */
  Reply listShared(UserRef who) {
    Messages say = core.languageOf().messages(who);
    List<Block> blocks = new ArrayList<>();
    for (Recognition r : store.all(who.workspace())) {
      if (r.state() == Recognition.State.PUBLIC && r.involves(who.userId())) {
        blocks.add(
            new Block.Text(
                say.text(
                    "recognition.shared.line",
                    "giver",
                    r.giverId(),
                    "recipient",
                    r.recipientId(),
                    "what",
                    r.what())));
        blocks.add(
            new Block.Buttons(
                List.of(
                    Button.of(
                        say.text("recognition.take-down"),
                        ThanksActions.WITHDRAW,
                        ThanksActions.value(r.id(), ThanksActions.FROM_LIST)))));
      }
    }
    if (blocks.isEmpty()) {
      return Reply.text(say.text("recognition.none-shared"));
    }
    String heading = say.text("recognition.shared.heading");
    blocks.addFirst(new Block.Header(heading));
    return Reply.of(new Message(heading, blocks));
  }
}
