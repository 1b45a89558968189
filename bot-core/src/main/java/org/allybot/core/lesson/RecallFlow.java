package org.allybot.core.lesson;

import java.util.Optional;
import org.allybot.content.Lesson;
import org.allybot.content.Localized;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Language;
import org.allybot.core.language.LocalContent;
import org.allybot.core.language.Messages;
import org.allybot.core.practice.NextItem;

/** The buttons of a recall question: show the answer, then "I remembered" or "Not quite". */
final class RecallFlow {
  private final CoreContext core;
  private final NextItem next;

  RecallFlow(CoreContext core, NextItem next) {
    this.core = core;
    this.next = next;
  }

  /** {@code value} is {@code campaignId|lessonId}, as the question's button carries it. */
  Reply respond(UserRef user, String action, String value) {
    String[] parts = value == null ? new String[0] : value.split("\\|", -1);
    Optional<Lesson> lesson =
        parts.length == 2
            ? core.curriculum().lesson(parts[1]).filter(l -> l.recall().isPresent())
            : Optional.empty();
    Language language = core.languageOf().member(user);
    Messages say = Messages.in(language);
    if (lesson.isEmpty()) {
      return Reply.text(say.text("recall.gone"));
    }
    Lesson local =
        LocalContent.lesson(core.curriculum(), lesson.get().id(), language)
            .map(Localized::item)
            .orElse(lesson.get());
    return switch (action) {
      case RecallMessages.SHOW -> Reply.replacing(RecallMessages.answer(say, local, value));
      case RecallMessages.FORGOT -> {
        next.scheduleRecallAgain(user, lesson.get().id(), core.clock().instant());
        yield Reply.replacing(RecallMessages.forgot(say));
      }
      case RecallMessages.REMEMBERED -> Reply.replacing(RecallMessages.remembered(say));
      default -> Reply.text(say.text("button.gone"));
    };
  }
}
