package org.allybot.core.recognition;

import java.util.EnumMap;
import java.util.Map;
import org.allybot.content.Sense;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.message.Block;

/**
 * What one member received, by sense, for their own stats and home, in their language. Only sent
 * thanks count: a draft its giver never confirmed was not received.
 */
public final class ThanksReceived {
  private final RecognitionStore store;
  private final LanguageOf languageOf;

  public ThanksReceived(CoreContext core) {
    this.store = core.recognition().store();
    this.languageOf = core.languageOf();
  }

  public Map<Sense, Long> bySense(UserRef member) {
    Map<Sense, Long> counts = new EnumMap<>(Sense.class);
    for (Recognition r : store.all(member.workspace())) {
      if (r.recipientId().equals(member.userId()) && r.state() != Recognition.State.DRAFT) {
        counts.merge(r.sense(), 1L, Long::sum);
      }
    }
    return counts;
  }

  /** The block shown to the member themself. */
  public Block block(UserRef member) {
    Messages say = languageOf.messages(member);
    Map<Sense, Long> counts = bySense(member);
    String title = say.text("recognition.received-by-sense.title");
    if (counts.isEmpty()) {
      return new Block.Text(title + "\n" + say.text("recognition.received-by-sense.none"));
    }
    return new Block.Text(
        title
            + "\n"
            + String.join(
                " · ",
                counts.entrySet().stream()
                    .map(e ->
                        say.text(
                            "recognition.received-by-sense.line",
                            "sense",
                            SenseNames.of(say, e.getKey()),
                            "count",
                            say.number(e.getValue())))
                    .toList()));
  }
}
