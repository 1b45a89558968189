package org.allybot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class LanguageBenchTest {

  @Test
  void theBenchMatchesChatLikeMessagesWithTheWholeRuleSetAndReportsTheRate() {
    LanguageResult result = LanguageBench.run(2_000, 500, 1);

    assertThat(result.rules()).isGreaterThanOrEqualTo(100);
    assertThat(result.matches()).isPositive();
    assertThat(result.averageChars()).isBetween(60, 260);
    assertThat(result.report()).contains("messages/s of CPU time").containsPattern("PASS|FAIL");
  }

  @Test
  void messagesAreTheSameForTheSameSeed() {
    assertThat(LanguageBench.messages(50, new Random(3)))
        .isEqualTo(LanguageBench.messages(50, new Random(3)));
  }
}
