package org.allybot.content;

import java.io.Reader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one content file: checks its kind and hands each item to the reader for that kind. */
final class PackFileReader {
  private PackFileReader() {}

  /** Lowercase ISO 639 language, optionally with a region: {@code es}, {@code pt-BR}. */
  private static final java.util.regex.Pattern LANGUAGE =
      java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

  private static final java.util.Set<String> KINDS =
      java.util.Set.of("lessons", "scenarios", "surveys", "digest", "topics", "language");

  /** A translation file: its items wait until every English file has been read. */
  private static void translations(
      YamlItem document, String kind, List<YamlItem> items, PackBuilder pack) {
    String language = document.text("language");
    if (!LANGUAGE.matcher(language).matches() || language.equals("en")) {
      document.problem(
          "language",
          "'language' must be a language tag other than en, such as es; not '" + language + "'");
      return;
    }
    if (!KINDS.contains(kind)) {
      document.problem(
          "kind",
          "unknown kind '"
              + kind
              + "'; use lessons, scenarios, surveys, digest, topics or language");
      return;
    }
    for (YamlItem item : items) {
      pack.pendingTranslations.add(new TranslationBuilder.Pending(kind, language, item));
    }
  }

  /** One file's YAML, or why it could not be parsed. */
  record Parsed(String file, Node root, ContentProblem problem) {}

  static void read(String file, Reader reader, PackBuilder pack) {
    read(parse(file, reader), pack);
  }

  /**
   * Parses the file's YAML, touching nothing shared: the built-in files are parsed side by side
   * (the parse is most of the reading), then read into the pack one by one.
   */
  static Parsed parse(String file, Reader reader) {
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      Node root = new Yaml(options).compose(reader);
      return new Parsed(
          file, root, root == null ? new ContentProblem(file, 0, "the file is empty") : null);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      return new Parsed(
          file, null, new ContentProblem(file, line, "malformed YAML: " + e.getProblem()));
    } catch (YAMLException e) {
      return new Parsed(
          file, null, new ContentProblem(file, 0, "malformed YAML: " + e.getMessage()));
    }
  }

  /** Reads a parsed file's items into the pack. */
  static void read(Parsed parsed, PackBuilder pack) {
    if (parsed.problem() != null) {
      pack.problems.add(parsed.problem());
      return;
    }
    String file = parsed.file();
    Node root = parsed.root();
    YamlItem document = new YamlItem(file, root, pack.problems);
    String kind = document.text("kind");
    List<YamlItem> items = document.items("items");
    if (items.isEmpty()) {
      document.problem("items", "the file has no 'items'");
    }
    if (document.has("language")) {
      translations(document, kind, items, pack);
      return;
    }
    for (YamlItem item : items) {
      switch (kind) {
        case "lessons" -> LessonReader.read(item, pack);
        case "scenarios" -> ScenarioReader.read(item, pack);
        case "surveys" -> SurveyReader.read(item, pack);
        case "digest" -> DigestReader.read(item, pack);
        case "topics" -> TopicReader.read(item, pack);
        case "language" -> LanguageReader.read(item, pack);
        default -> {
          document.problem(
              "kind",
              "unknown kind '"
                  + kind
                  + "'; use lessons, scenarios, surveys, digest, topics or language");
          return;
        }
      }
    }
  }
}
