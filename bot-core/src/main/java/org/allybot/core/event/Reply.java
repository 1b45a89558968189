package org.allybot.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * What the core answers to one event, privately to the actor. {@code replaceOriginal} asks the
 * adapter to show the first message in place of the one whose button was pressed; {@code form} asks
 * it to open a form; {@code fieldErrors} (field id to message) asks it to keep a submitted form
 * open and show what to fix.
 */
public record Reply(
    List<Message> messages,
    boolean replaceOriginal,
    Block.Form form,
    Map<String, String> fieldErrors) {
  public Reply {
    messages = List.copyOf(messages);
    fieldErrors = Map.copyOf(fieldErrors);
  }

  public Reply(List<Message> messages, boolean replaceOriginal, Block.Form form) {
    this(messages, replaceOriginal, form, Map.of());
  }

  public static Reply of(Message... messages) {
    return new Reply(List.of(messages), false, null);
  }

  public static Reply text(String text) {
    return of(Message.text(text));
  }

  public static Reply replacing(Message message, Message... followUps) {
    List<Message> all = new ArrayList<>();
    all.add(message);
    all.addAll(List.of(followUps));
    return new Reply(all, true, null);
  }

  public static Reply openForm(Block.Form form) {
    return new Reply(List.of(), false, form);
  }

  /** The submitted form has mistakes: keep it open and show one message per field. */
  public static Reply formErrors(Map<String, String> errors) {
    return new Reply(List.of(), false, null, errors);
  }

  public static Reply none() {
    return new Reply(List.of(), false, null);
  }

  public boolean hasForm() {
    return form != null;
  }

  public boolean hasFieldErrors() {
    return !fieldErrors.isEmpty();
  }
}
