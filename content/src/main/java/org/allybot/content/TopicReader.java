package org.allybot.content;

/** Reads one topic of the tag vocabulary. */
final class TopicReader {
  private TopicReader() {}

  static void read(YamlItem item, PackBuilder pack) {
    String id = TagsReader.id(item);
    pack.topics.put(id, new Topic(id, item.text("description")));
  }
}
