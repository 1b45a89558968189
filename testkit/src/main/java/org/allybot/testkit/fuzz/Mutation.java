package org.allybot.testkit.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One change to a JSON document at a path ({@code /user/id}, {@code /actions/0/value}): drop the
 * field, make it null, give it a value of another type, or replace it with an odd text. A mutation
 * is data, so a failing case prints as a list of them and can be written down as a regression test.
 */
public record Mutation(Kind kind, String path, String text) {
  /** The ways a field is changed. */
  public enum Kind {
    DROP,
    NULL,
    NUMBER,
    BOOLEAN,
    EMPTY_OBJECT,
    EMPTY_ARRAY,
    TEXT
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  public static Mutation drop(String path) {
    return new Mutation(Kind.DROP, path, "");
  }

  public static Mutation nulled(String path) {
    return new Mutation(Kind.NULL, path, "");
  }

  public static Mutation text(String path, String text) {
    return new Mutation(Kind.TEXT, path, text);
  }

  /** Applies this change to {@code root} in place; a path that no longer exists is skipped. */
  public void applyTo(JsonNode root) {
    int slash = path.lastIndexOf('/');
    JsonNode parent = slash <= 0 ? root : root.at(path.substring(0, slash));
    String name = path.substring(slash + 1);
    if (parent instanceof ObjectNode o && (o.has(name) || kind != Kind.DROP)) {
      if (kind == Kind.DROP) {
        o.remove(name);
      } else {
        o.set(name, value());
      }
    } else if (parent instanceof ArrayNode a && name.matches("\\d+")) {
      int i = Integer.parseInt(name);
      if (i < a.size()) {
        if (kind == Kind.DROP) {
          a.remove(i);
        } else {
          a.set(i, value());
        }
      }
    }
  }

  private JsonNode value() {
    return switch (kind) {
      case NULL, DROP -> NODES.nullNode();
      case NUMBER -> NODES.numberNode(-1_234_567_890_123L);
      case BOOLEAN -> NODES.booleanNode(true);
      case EMPTY_OBJECT -> NODES.objectNode();
      case EMPTY_ARRAY -> NODES.arrayNode();
      case TEXT -> NODES.textNode(text);
    };
  }

  @Override
  public String toString() {
    return kind == Kind.TEXT
        ? "text at " + path + " = " + preview(text)
        : kind.name().toLowerCase(java.util.Locale.ROOT) + " at " + path;
  }

  /** Text short enough to print: long runs are shown by their length. */
  static String preview(String text) {
    String shown = text.length() > 60 ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
    StringBuilder out = new StringBuilder("\"");
    shown
        .codePoints()
        .forEach(c -> {
          if (c < 0x20 || c == '"' || c == '\\' || (c >= 0x7f && c < 0xa0)) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        });
    return out.append('"').toString();
  }
}
