package org.allybot.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.MasterKey;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.junit.jupiter.api.Test;

class MemberPseudonymTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SHELL, "test");
  private final MasterKey key = MasterKey.generate();

  @Test
  void theSameMemberAndCampaignAlwaysGetTheSamePseudonymAndNothingElseDoes() {
    MemberPseudonym pseudonym = new MemberPseudonym(key);
    UserRef sam = new UserRef(WS, "sam");

    String first = pseudonym.of(sam, "pilot");

    assertThat(new MemberPseudonym(key).of(sam, "pilot")).isEqualTo(first).hasSize(32);
    assertThat(pseudonym.of(sam, "autumn")).isNotEqualTo(first);
    assertThat(pseudonym.of(new UserRef(WS, "alex"), "pilot")).isNotEqualTo(first);
    assertThat(new MemberPseudonym(MasterKey.generate()).of(sam, "pilot")).isNotEqualTo(first);
    assertThat(first).doesNotContain("sam").doesNotContain("pilot");
  }
}
