package org.allybot.core.nudge;

import java.util.ArrayList;
import java.util.List;
import org.allybot.content.LanguageRule;
import org.allybot.content.Localized;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * The private nudge in the author's language: the word, why, what to say instead, and three
 * buttons. The word and the suggestions stay as written: they are the words of the author's text.
 * An explanation not yet translated is shown in English, with the line that says so.
 */
public final class NudgeMessage {
  private NudgeMessage() {}

  public static Message of(TermMatch match, Localized<LanguageRule> localized, Messages say) {
    LanguageRule rule = localized.item();
    String why = rule.why();
    String opening = say.text("nudge.opening", "level", rule.level().word(), "term", match.term());
    String instead =
        say.text("nudge.instead", "suggestions", String.join(", ", rule.suggestions()));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Text(opening + "\n" + why));
    blocks.add(new Block.Text(instead));
    blocks.add(
        new Block.Buttons(
            List.of(
                Button.of(say.text("nudge.thanks"), Nudges.THANKS, rule.id()),
                Button.of(say.text("nudge.not-helpful"), Nudges.UNHELPFUL, rule.id()),
                new Button(say.text("nudge.stop"), Nudges.STOP, rule.id(), Button.Style.DANGER))));
    if (localized.fallback()) {
      blocks.add(new Block.Context(say.text("content.fallback")));
    }
    blocks.add(new Block.Context(say.text("nudge.private")));
    return new Message(opening + " " + why, blocks);
  }
}
