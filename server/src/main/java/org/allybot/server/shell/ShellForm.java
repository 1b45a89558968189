package org.allybot.server.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allybot.core.message.Block;

/**
 * A form filled in line by line: each field's label is a prompt and the next input line is its
 * value (empty keeps the default). After a submission with mistakes, only those fields are asked
 * again.
 */
final class ShellForm {
  private final Block.Form form;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Deque<Block.Field> pending;

  ShellForm(Block.Form form) {
    this.form = form;
    this.pending = new ArrayDeque<>(form.fields());
  }

  String formId() {
    return form.formId();
  }

  String intro() {
    return "("
        + form.title()
        + ": answer each prompt on its own line; an empty line keeps the default; /cancel stops)";
  }

  boolean complete() {
    return pending.isEmpty();
  }

  Map<String, String> values() {
    return Map.copyOf(values);
  }

  String prompt() {
    Block.Field f = pending.getFirst();
    StringBuilder p = new StringBuilder("? ").append(f.label());
    switch (f.type()) {
      case CHOICE -> {
        for (int i = 0; i < f.choices().size(); i++) {
          p.append(i == 0 ? " " : " ")
              .append("[")
              .append(i + 1)
              .append("] ")
              .append(f.choices().get(i));
        }
      }
      case YES_NO -> p.append(" [yes/no]");
      default -> p.append(f.required() ? " (required)" : " (optional)");
    }
    if (!f.initial().isEmpty()) {
      p.append(" (default: ").append(f.initial()).append(")");
    }
    return p.toString();
  }

  void answer(String line) {
    Block.Field f = pending.removeFirst();
    values.put(f.id(), value(f, line.strip()));
  }

  /** Asks again for the fields the core found mistakes in, in the form's order. */
  void retry(Map<String, String> errors) {
    pending.clear();
    form.fields().stream().filter(f -> errors.containsKey(f.id())).forEach(pending::add);
  }

  private static String value(Block.Field f, String typed) {
    if (typed.isEmpty()) {
      return f.initial();
    }
    List<String> choices = f.choices();
    if (f.type() == Block.FieldType.CHOICE && typed.matches("\\d{1,2}")) {
      int i = Integer.parseInt(typed);
      return i >= 1 && i <= choices.size() ? choices.get(i - 1) : typed;
    }
    if (f.type() == Block.FieldType.YES_NO) {
      String lower = typed.toLowerCase(Locale.ROOT);
      return lower.equals("y") ? "yes" : lower.equals("n") ? "no" : lower;
    }
    return typed;
  }
}
