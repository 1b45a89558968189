package org.allybot.core.event;

import java.util.List;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * What the core answers to one event, privately to the actor. {@code replaceOriginal} asks the
 * adapter to show the first message in place of the one whose button was pressed; {@code form} asks
 * it to open a form.
 */
public record Reply(List<Message> messages, boolean replaceOriginal, Block.Form form) {
  public Reply {
    messages = List.copyOf(messages);
  }

  public static Reply of(Message... messages) {
    return new Reply(List.of(messages), false, null);
  }

  public static Reply text(String text) {
    return of(Message.text(text));
  }

  public static Reply replacing(Message message, Message... followUps) {
    var all = new java.util.ArrayList<Message>();
    all.add(message);
    all.addAll(List.of(followUps));
    return new Reply(all, true, null);
  }

  public static Reply openForm(Block.Form form) {
    return new Reply(List.of(), false, form);
  }

  public static Reply none() {
    return new Reply(List.of(), false, null);
  }

  public boolean hasForm() {
    return form != null;
  }
}
