package org.allybot.server.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
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
  private final Messages say;

  ShellForm(Block.Form form) {
    this.form = form;
    this.say = Messages.in(Language.ofTag(form.language()).orElse(Language.EN));
    this.pending = new ArrayDeque<>(form.fields());
  }

  String formId() {
    return form.formId();
  }

  String intro() {
    return say.text("form.shell.intro", "title", form.title());
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
      case YES_NO -> p.append(" ").append(say.text("form.shell.yes-no"));
      default ->
          p.append(" ")
              .append(say.text(f.required() ? "form.shell.required" : "form.shell.optional"));
    }
    if (!f.initial().isEmpty()) {
      String shown = f.type() == Block.FieldType.YES_NO ? yesNoWord(f.initial()) : f.initial();
      p.append(" ").append(say.text("form.shell.default", "value", shown));
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

  /** A yes/no default as the form's language says it: "yes", "sí". */
  private String yesNoWord(String value) {
    return switch (value) {
      case "yes" -> say.text("form.yes").toLowerCase(Locale.ROOT);
      case "no" -> say.text("form.no").toLowerCase(Locale.ROOT);
      default -> value;
    };
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
      // The platforms send yes and no; the shell takes them typed in any language it offers.
      String lower = typed.toLowerCase(Locale.ROOT);
      return switch (lower) {
        case "y", "sí", "si", "s" -> "yes";
        case "n" -> "no";
        default -> lower;
      };
    }
    return typed;
  }
}
