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

  static void read(String file, Reader reader, PackBuilder pack) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(options).compose(reader);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      pack.problems.add(new ContentProblem(file, line, "malformed YAML: " + e.getProblem()));
      return;
    } catch (YAMLException e) {
      pack.problems.add(new ContentProblem(file, 0, "malformed YAML: " + e.getMessage()));
      return;
    }
    if (root == null) {
      pack.problems.add(new ContentProblem(file, 0, "the file is empty"));
      return;
    }
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
