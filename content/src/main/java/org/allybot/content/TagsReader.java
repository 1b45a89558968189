package org.allybot.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and checks the fields that lessons and scenarios share. */
final class TagsReader {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private TagsReader() {}

  static String id(YamlItem item) {
    String id = item.text("id");
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      item.problem("id", "id '" + id + "' must be lower-case words joined by '-'");
    }
    return id;
  }

  static int version(YamlItem item) {
    int version = item.integer("version");
    if (item.has("version") && version < 1) {
      item.problem("version", "'version' must be 1 or more");
    }
    return version;
  }

  static String title(YamlItem item) {
    String title = item.text("title");
    if (title.length() < 3 || title.length() > 80) {
      item.problem("title", "'title' must be 3-80 characters, not " + title.length());
    }
    return title;
  }

  static Tags tags(YamlItem item, PackBuilder pack, int maxMinutes) {
    return new Tags(
        senses(item), topics(item, pack), level(item), minutes(item, maxMinutes), audience(item));
  }

  /** Who the item is for; without an {@code audience} field, everyone. */
  private static List<Role> audience(YamlItem item) {
    if (!item.has("audience")) {
      return List.of(Role.EVERYONE);
    }
    List<Role> roles = new ArrayList<>();
    List<String> ids = item.texts("audience");
    if (ids.isEmpty()) {
      item.problem("audience", "'audience' is empty; leave it out for everyone, or name roles");
    }
    for (String id : ids) {
      Role.byId(id)
          .ifPresentOrElse(
              roles::add,
              () -> item.problem("audience", "unknown audience '" + id + "'; use " + Role.known()));
    }
    return roles;
  }

  private static List<Sense> senses(YamlItem item) {
    List<Sense> senses = new ArrayList<>();
    List<String> ids = item.texts("senses");
    if (ids.isEmpty()) {
      item.problem("senses", "needs at least one sense in 'senses'");
    }
    for (String id : ids) {
      Sense.byId(id)
          .ifPresentOrElse(
              senses::add,
              () ->
                  item.problem(
                      "senses",
                      "unknown sense '"
                          + id
                          + "'; use act, listen, privilege, speak, bias or empathy"));
    }
    return senses;
  }

  private static List<String> topics(YamlItem item, PackBuilder pack) {
    List<String> topics = item.texts("topics");
    if (topics.isEmpty()) {
      item.problem("topics", "needs at least one topic in 'topics'");
    }
    PackBuilder.Location where = new PackBuilder.Location(item.file(), item.line("topics"));
    topics.forEach(t -> pack.topicUses.add(new PackBuilder.TopicUse(t, where)));
    return topics;
  }

  private static Level level(YamlItem item) {
    String raw = item.text("level");
    return Level.byId(raw)
        .orElseGet(() -> {
          if (!raw.isEmpty()) {
            item.problem(
                "level", "unknown level '" + raw + "'; use starter, practised or advanced");
          }
          return Level.STARTER;
        });
  }

  private static int minutes(YamlItem item, int maxMinutes) {
    int minutes = item.integer("minutes");
    if (item.has("minutes") && (minutes < 1 || minutes > maxMinutes)) {
      item.problem("minutes", "'minutes' must be 1-" + maxMinutes + ", not " + minutes);
    }
    return minutes;
  }
}
