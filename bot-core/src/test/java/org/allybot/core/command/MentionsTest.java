package org.allybot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {
  @Test
  void readsSlackMentions() {
    assertThat(Mentions.user("<@U123|alex>")).contains("U123");
    assertThat(Mentions.channel("<#C42|allies>")).contains("C42");
  }

  @Test
  void readsATeamsChannelIdWithItsAtSign() {
    assertThat(Mentions.channel("#19:abc123@thread.tacv2")).contains("19:abc123@thread.tacv2");
  }

  @Test
  void readsPlainNamesAndTeamsUserIds() {
    assertThat(Mentions.channel("#allies")).contains("allies");
    assertThat(Mentions.user("@00000000-0000-4000-8000-000000000001"))
        .contains("00000000-0000-4000-8000-000000000001");
  }

  @Test
  void refusesWhatIsNotAMention() {
    assertThat(Mentions.channel("allies")).isEmpty();
    assertThat(Mentions.channel("#a@b@c")).isEmpty();
    assertThat(Mentions.user("alex")).isEmpty();
  }
}
