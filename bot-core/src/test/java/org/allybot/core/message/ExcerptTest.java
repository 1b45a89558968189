package org.allybot.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Excerpts end on a whole word with an ellipsis, on one line. */
class ExcerptTest {
  @Test
  void aLongTextIsCutAfterTheLastWholeWordThatFits() {
    assertThat(Excerpt.of("notice the moment and ask gently", 20)).isEqualTo("notice the moment…");
  }

  @Test
  void aShortTextIsKeptOnOneLine() {
    assertThat(Excerpt.of("  ask\n\ngently  ", 20)).isEqualTo("ask gently");
  }

  @Test
  void oneWordLongerThanHalfTheRoomIsCutAndNeverSplitsAnEmoji() {
    assertThat(Excerpt.of("a " + "x".repeat(30), 10)).isEqualTo("a xxxxxxx…");
    String cut = Excerpt.of("ab" + "🙂".repeat(10), 6);
    assertThat(cut).isEqualTo("ab🙂…");
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
  }
}
