package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.store.MemberKeys.Entries;
import org.junit.jupiter.api.Test;

/** Which keys forget-me treats as a member's own, including Teams ids that contain colons. */
class MemberKeysTest {
  @Test
  void aKeyIsTheMembersOwnOnlyUnderAKindThatNamesMembers() {
    assertThat(MemberKeys.named("member:U1", "U1")).isTrue();
    assertThat(MemberKeys.named("practice:29:1AbC", "29:1AbC")).isTrue();
    assertThat(MemberKeys.named("thanks:given:2026-12-07:29:1AbC", "29:1AbC")).isTrue();
    assertThat(MemberKeys.named("practice:29:1AbC", "1AbC")).as("a tail of a Teams id").isFalse();
    assertThat(MemberKeys.named("thanks:given:2026-12-07:29:1AbC", "1AbC")).isFalse();
    assertThat(MemberKeys.named("campaign:pilot", "pilot")).isFalse();
    assertThat(MemberKeys.named("members", "members")).isFalse();
    assertThat(MemberKeys.named("member:U1", "member")).isFalse();
    assertThat(MemberKeys.named("teams:personal:29:1AbC", "29:1AbC")).isTrue();
  }

  @Test
  void onlyKeysThatHoldMemberIdsHaveTheirEntriesRemoved() {
    assertThat(MemberKeys.entries("poll:act-shortlist/start")).isEqualTo(Entries.HASH_FIELDS);
    assertThat(MemberKeys.entries("calendar:answers:e.circle")).isEqualTo(Entries.HASH_FIELDS);
    assertThat(MemberKeys.entries("campaign-joined:pilot")).isEqualTo(Entries.SET_MEMBERS);
    assertThat(MemberKeys.entries("week:pilot:2026-W49:active")).isEqualTo(Entries.SET_MEMBERS);
    assertThat(MemberKeys.entries("answers-by-time")).isEqualTo(Entries.SORTED_SET_MEMBERS);
    assertThat(MemberKeys.entries("teams:accounts")).isEqualTo(Entries.HASH_FIELDS);
    assertThat(MemberKeys.entries("teams:personal-index")).isEqualTo(Entries.SORTED_SET_MEMBERS);
    assertThat(MemberKeys.entries("teams:conversations")).isEqualTo(Entries.NONE);
    assertThat(MemberKeys.entries("org")).isEqualTo(Entries.NONE);
    assertThat(MemberKeys.entries("campaigns")).isEqualTo(Entries.NONE);
    assertThat(MemberKeys.entries("week:pilot:2026-W49:poll")).isEqualTo(Entries.NONE);
    assertThat(MemberKeys.entries("tally:pilot")).isEqualTo(Entries.NONE);
  }
}
