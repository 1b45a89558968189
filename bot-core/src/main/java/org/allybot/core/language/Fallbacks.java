package org.allybot.core.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.allybot.content.Curriculum;
import org.allybot.content.Translation;

/**
 * Which of the pack's items a member reading each language gets in English instead ({@code
 * missing}), and which translations predate a change to their English ({@code stale}): what {@code
 * /ally content} shows admins, from the curriculum the bot delivers.
 */
public final class Fallbacks {
  private Fallbacks() {}

  /** One item in one language: a lesson, scenario, survey or digest template, by id. */
  public record Item(String kind, String id) {}

  /** A language's edition: how many items it translates, and the ones it lacks or has stale. */
  public record Edition(Language language, int items, List<Item> missing, List<Item> stale) {}

  /** Every translated language's edition, in the order of {@link Language}. */
  public static List<Edition> of(Curriculum curriculum) {
    List<Edition> editions = new ArrayList<>();
    for (Language language : Language.values()) {
      Translation t = curriculum.translations().get(language.tag());
      if (language != Language.EN && t != null) {
        editions.add(edition(curriculum, language, t));
      }
    }
    return editions;
  }

  private static Edition edition(Curriculum c, Language language, Translation t) {
    List<Item> missing = new ArrayList<>();
    List<Item> stale = new ArrayList<>();
    int items = 0;
    for (var l : c.lessons()) {
      items++;
      check("lesson", l.id(), l.version(), t.lessons(), t, missing, stale);
    }
    for (var s : c.scenarios()) {
      items++;
      check("scenario", s.id(), s.version(), t.scenarios(), t, missing, stale);
    }
    items += each(c.surveys(), s -> s.id(), "survey", t.surveys(), missing);
    items += each(c.digestTemplates(), d -> d.id(), "digest", t.digest(), missing);
    return new Edition(language, items, List.copyOf(missing), List.copyOf(stale));
  }

  private static void check(
      String kind,
      String id,
      int version,
      Map<String, ?> translated,
      Translation t,
      List<Item> missing,
      List<Item> stale) {
    if (!translated.containsKey(id)) {
      missing.add(new Item(kind, id));
    } else if (t.versions().getOrDefault(id, version) < version) {
      stale.add(new Item(kind, id));
    }
  }

  private static <T> int each(
      List<T> items,
      Function<T, String> id,
      String kind,
      Map<String, ?> translated,
      List<Item> missing) {
    for (T item : items) {
      if (!translated.containsKey(id.apply(item))) {
        missing.add(new Item(kind, id.apply(item)));
      }
    }
    return items.size();
  }
}
