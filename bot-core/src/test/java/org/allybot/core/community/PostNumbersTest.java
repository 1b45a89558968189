package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.junit.jupiter.api.Test;

/** Post numbers are ids people type back (`/ally advise 1234`): never written with grouping. */
class PostNumbersTest {
  @Test
  void aPostNumberOverAThousandIsWrittenAsItIsTypedInEveryLanguage() {
    for (Language language : Language.values()) {
      Messages say = Messages.in(language);

      assertThat(say.text("community.post.how", "n", 12345)).contains(" 12345 ");
      assertThat(say.text("community.helpful.not-advice", "n", 1233, "next", 1234))
          .contains("#1233")
          .contains(" 1234`");
    }
  }
}
