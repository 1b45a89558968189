package org.allybot.core.language;

import java.util.ArrayList;
import java.util.List;
import org.allybot.content.Curriculum;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * {@code /ally content}, for admins: per language, the items members get in English because they
 * have no translation yet (members see them with a one-line note), and the stale translations.
 */
public final class ContentLanguages {
  /** Lists stay readable in chat; {@code ./allybot content lint} has the rest. */
  static final int MAX_LISTED = 20;

  private final Curriculum curriculum;

  public ContentLanguages(Curriculum curriculum) {
    this.curriculum = curriculum;
  }

  public Reply show(Messages say) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(say.text("fallback.title")));
    List<Fallbacks.Edition> editions = Fallbacks.of(curriculum);
    if (editions.isEmpty()) {
      blocks.add(new Block.Text(say.text("fallback.english-only")));
    }
    for (Fallbacks.Edition e : editions) {
      blocks.add(new Block.Text(edition(say, e)));
    }
    blocks.add(new Block.Context(say.text("fallback.how")));
    return Reply.of(new Message(say.text("fallback.title"), blocks));
  }

  private static String edition(Messages say, Fallbacks.Edition e) {
    String name = say.text("language.name." + e.language().tag());
    StringBuilder text =
        new StringBuilder(
            say.text(
                "fallback.edition",
                "name",
                name,
                "translated",
                e.items() - e.missing().size(),
                "items",
                e.items()));
    if (!e.missing().isEmpty()) {
      text.append('\n')
          .append(
              say.text(
                  "fallback.missing",
                  "count",
                  e.missing().size(),
                  "items",
                  list(say, e.missing())));
    }
    if (!e.stale().isEmpty()) {
      text.append('\n')
          .append(
              say.text("fallback.stale", "count", e.stale().size(), "items", list(say, e.stale())));
    }
    return text.toString();
  }

  private static String list(Messages say, List<Fallbacks.Item> items) {
    List<String> shown =
        items.stream()
            .limit(MAX_LISTED)
            .map(i -> say.text("fallback.item", "kind", i.kind(), "id", i.id()))
            .toList();
    String listed = String.join(", ", shown);
    return items.size() > MAX_LISTED
        ? listed + " " + say.text("fallback.more", "count", items.size() - MAX_LISTED)
        : listed;
  }
}
