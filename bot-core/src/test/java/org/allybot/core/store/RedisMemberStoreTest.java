package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.member.Member;
import org.allybot.core.member.MemberStore;
import org.junit.jupiter.api.Test;

@FreshRedis.Each
final class RedisMemberStoreTest {
  private static final WorkspaceId SLACK = new WorkspaceId(Platform.SLACK, "T1");
  private static final WorkspaceId TEAMS = new WorkspaceId(Platform.TEAMS, "tenant-2");
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private final MemberStore members;

  RedisMemberStoreTest(TestRedis redis) {
    this.members = new RedisMemberStore(redis.client());
  }

  @Test
  void findAllReadsMembersOfSeveralWorkspacesAndLeavesOutThoseNotThere() {
    Member ana = Member.newcomer(new UserRef(SLACK, "U1"), "Ana", "Europe/Berlin", NOW);
    Member sameIdElsewhere = Member.newcomer(new UserRef(TEAMS, "U1"), "Ana T", "", NOW);
    members.save(ana);
    members.save(sameIdElsewhere);

    Map<UserRef, Member> found =
        members.findAll(List.of(ana.user(), new UserRef(SLACK, "U2"), sameIdElsewhere.user()));

    assertThat(found)
        .containsOnly(
            Map.entry(ana.user(), ana), Map.entry(sameIdElsewhere.user(), sameIdElsewhere));
  }
}
