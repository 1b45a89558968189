package org.allybot.content;

/** Reads one lesson and checks the lesson rules. */
final class LessonReader {
  private LessonReader() {}

  static void read(YamlItem item, PackBuilder pack) {
    String id = TagsReader.id(item);
    Lesson lesson =
        new Lesson(
            id,
            TagsReader.version(item),
            TagsReader.title(item),
            TagsReader.tags(item, pack, 2),
            item.text("body"),
            item.text("try"),
            item.optionalText("deeper"));
    item.checkWords("body", lesson.body(), 80, 200);
    item.checkWords("try", lesson.tryThis(), 8, 60);
    if (item.has("deeper")) {
      item.checkWords("deeper", lesson.deeper(), 1, 200);
    }
    if (!id.isEmpty() && pack.claimItemId(id, item)) {
      pack.lessons.put(id, lesson);
    }
  }
}
