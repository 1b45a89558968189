package org.allybot.content;

import java.util.List;

/** Reads one digest template and checks it has enough variants. */
final class DigestReader {
  private DigestReader() {}

  static void read(YamlItem item, PackBuilder pack) {
    String id = TagsReader.id(item);
    List<String> variants = item.texts("variants");
    if (variants.size() < 3) {
      item.problem(
          "variants", "a digest template needs at least 3 variants, not " + variants.size());
    }
    if (variants.stream().anyMatch(String::isBlank)) {
      item.problem("variants", "a digest variant must not be empty");
    }
    if (!variants.isEmpty()) {
      pack.digest.put(id, new DigestTemplate(id, variants));
    }
  }
}
