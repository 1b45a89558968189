package org.allybot.content;

import java.util.regex.Pattern;

/** Reads one lesson and checks the lesson rules. */
final class LessonReader {
  /**
   * A figure or a claim about research: a percentage, "N times", "twice as", "one in five", or
   * words such as "study" and "survey". A lesson that states one must cite its sources.
   */
  static final Pattern FIGURE =
      Pattern.compile(
          "\\d+(\\.\\d+)?\\s*(%|percent|per cent|x\\b|times\\b)"
              + "|\\b(twice|half|three times|four times) as\\b"
              + "|\\b(one|two|three|four|\\d+) in (three|four|five|ten|\\d+)\\b"
              + "|\\b(studies|study|research|researchers|surveys?|analyses|analysis of)\\b",
          Pattern.CASE_INSENSITIVE);

  private LessonReader() {}

  static void read(YamlItem item, PackBuilder pack) {
    String id = TagsReader.id(item);
    LessonLength length = length(item);
    Lesson lesson =
        new Lesson(
            id,
            TagsReader.version(item),
            TagsReader.title(item),
            TagsReader.tags(item, pack, length.maxMinutes()),
            length,
            item.text("body"),
            item.text("try"),
            item.optionalText("deeper"),
            SourceReader.sources(item),
            recall(item));
    item.checkWords("body", lesson.body(), length.minWords(), length.maxWords());
    item.checkWords("try", lesson.tryThis(), 8, 60);
    int nudgeWords = Words.count(lesson.body()) + Words.count(lesson.tryThis());
    if (length == LessonLength.NUDGE && nudgeWords > 60) {
      item.problem(
          "body", "a nudge has 60 words or fewer in 'body' and 'try' together, not " + nudgeWords);
    }
    if (item.has("deeper")) {
      item.checkWords("deeper", lesson.deeper(), 1, 200);
    }
    String text = lesson.body() + "\n" + lesson.tryThis() + "\n" + lesson.deeper();
    var figure = FIGURE.matcher(text);
    if (lesson.sources().isEmpty() && figure.find()) {
      item.problem(
          "body",
          "states a figure or a finding ('"
              + figure.group()
              + "') without 'sources'; cite where it comes from, or rephrase");
    }
    if (!id.isEmpty() && pack.claimItemId(id, item)) {
      pack.lessons.put(id, lesson);
      Cast.read(item, id, lesson.title() + "\n" + text, pack);
    }
  }

  /** The optional {@code recall: {question, answer}}. */
  private static Recall recall(YamlItem item) {
    return item.mapping("recall")
        .map(r -> {
          Recall recall = new Recall(r.text("question"), r.text("answer"));
          r.checkWords("question", recall.question(), 4, 30);
          r.checkWords("answer", recall.answer(), 4, 50);
          return recall;
        })
        .orElse(Recall.NONE);
  }

  private static LessonLength length(YamlItem item) {
    if (!item.has("length")) {
      return LessonLength.STANDARD;
    }
    String raw = item.text("length");
    return LessonLength.byId(raw)
        .orElseGet(() -> {
          item.problem("length", "unknown length '" + raw + "'; use nudge, standard or deep-dive");
          return LessonLength.STANDARD;
        });
  }
}
