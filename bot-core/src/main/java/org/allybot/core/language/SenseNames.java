package org.allybot.core.language;

import java.util.Collection;
import org.allybot.content.Sense;

/** The six senses' names in a member's language, and a list of them joined as it joins lists. */
public final class SenseNames {
  private SenseNames() {}

  public static String of(Messages say, Sense sense) {
    return say.text("sense." + sense.id());
  }

  /** The sense with this id, or the id itself for one the content no longer has. */
  public static String ofId(Messages say, String id) {
    return Sense.byId(id).map(s -> of(say, s)).orElse(id);
  }

  public static String list(Messages say, Collection<Sense> senses) {
    return say.list(senses.stream().map(s -> of(say, s)).toList());
  }
}
