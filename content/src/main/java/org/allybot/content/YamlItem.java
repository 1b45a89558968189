package org.allybot.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML mapping read field by field, reporting each problem with its file and line. */
final class YamlItem {
  private final String file;
  private final Node node;
  private final Map<String, Node> fields = new LinkedHashMap<>();
  private final List<ContentProblem> problems;

  YamlItem(String file, Node node, List<ContentProblem> problems) {
    this.file = file;
    this.node = node;
    this.problems = problems;
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          fields.put(key.getValue(), tuple.getValueNode());
        }
      }
    } else {
      problem("expected a mapping of fields");
    }
  }

  String file() {
    return file;
  }

  int line() {
    return node.getStartMark().getLine() + 1;
  }

  int line(String key) {
    Node field = fields.get(key);
    return field == null ? line() : field.getStartMark().getLine() + 1;
  }

  boolean has(String key) {
    return fields.containsKey(key);
  }

  void problem(String message) {
    problems.add(new ContentProblem(file, line(), message));
  }

  void problem(String key, String message) {
    problems.add(new ContentProblem(file, line(key), message));
  }

  /** A required text field; reports and returns "" when missing or not text. */
  String text(String key) {
    if (!has(key)) {
      problem("missing '" + key + "'");
      return "";
    }
    return optionalText(key);
  }

  String optionalText(String key) {
    Node field = fields.get(key);
    if (field == null) {
      return "";
    }
    if (field instanceof ScalarNode scalar) {
      return scalar.getValue().strip();
    }
    problem(key, "'" + key + "' must be text");
    return "";
  }

  /** A required whole number; reports and returns 0 when missing or not a number. */
  int integer(String key) {
    String raw = text(key);
    try {
      return raw.isEmpty() ? 0 : Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      problem(key, "'" + key + "' must be a whole number, not '" + raw + "'");
      return 0;
    }
  }

  /** A list of texts; a single text counts as a list of one. */
  List<String> texts(String key) {
    Node field = fields.get(key);
    List<String> values = new ArrayList<>();
    if (field instanceof ScalarNode scalar) {
      values.add(scalar.getValue().strip());
    } else if (field instanceof SequenceNode sequence) {
      for (Node element : sequence.getValue()) {
        if (element instanceof ScalarNode scalar) {
          values.add(scalar.getValue().strip());
        } else {
          problem(key, "'" + key + "' must be a list of texts");
        }
      }
    } else if (field != null) {
      problem(key, "'" + key + "' must be a list of texts");
    }
    return values;
  }

  /** A nested mapping, if the field is present. */
  Optional<YamlItem> mapping(String key) {
    Node field = fields.get(key);
    if (field == null) {
      return Optional.empty();
    }
    if (!(field instanceof MappingNode)) {
      problem(key, "'" + key + "' must be a mapping of fields");
      return Optional.empty();
    }
    return Optional.of(new YamlItem(file, field, problems));
  }

  /** A list of nested mappings. */
  List<YamlItem> items(String key) {
    Node field = fields.get(key);
    List<YamlItem> values = new ArrayList<>();
    if (field instanceof SequenceNode sequence) {
      for (Node element : sequence.getValue()) {
        values.add(new YamlItem(file, element, problems));
      }
    } else if (field != null) {
      problem(key, "'" + key + "' must be a list");
    }
    return values;
  }

  /** Reports a text whose word count falls outside [min, max]. */
  void checkWords(String key, String value, int min, int max) {
    int words = Words.count(value);
    if (words < min || words > max) {
      problem(key, "'" + key + "' has " + words + " words; it needs " + min + "-" + max);
    }
  }
}
