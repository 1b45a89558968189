package org.allybot.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.content.ContentLoader;
import org.allybot.content.Curriculum;
import org.allybot.content.Lesson;
import org.allybot.content.Localized;
import org.allybot.core.CoreHarness;
import org.allybot.core.language.Messages;
import org.junit.jupiter.api.Test;

/** What a learner reads in a lesson: its sources as "Read more", and its length. */
class LessonMessagesTest {
  private final Curriculum curriculum = ContentLoader.builtIn().curriculum();

  @Test
  void aLessonWithSourcesEndsItsTextWithReadMore() {
    Lesson lesson = curriculum.lesson("bias-review-word-audit").orElseThrow();

    String shown =
        CoreHarness.text(
            LessonMessages.lesson(Messages.english(), new Localized<>(lesson, false), "pilot"));

    assertThat(shown)
        .contains("Read more:")
        .contains(
            "Research: Vague Feedback Is Holding Women Back (Harvard Business Review, 2016)"
                + " https://hbr.org/2016/04/research-vague-feedback-is-holding-women-back");
  }

  @Test
  void aLessonWithoutSourcesHasNoReadMore() {
    Lesson lesson =
        curriculum.lessons().stream().filter(l -> l.sources().isEmpty()).findFirst().orElseThrow();

    assertThat(
            CoreHarness.text(
                LessonMessages.lesson(Messages.english(), new Localized<>(lesson, false), "pilot")))
        .doesNotContain("Read more");
  }
}
