package org.allybot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class WorkspacesBenchTest {

  @Test
  void aSmallRunReachesEveryMemberOfEveryWorkspaceExactlyOnce() throws Exception {
    WorkspacesResult result = WorkspacesBench.run(5, 20, 50);

    assertThat(result.allArrived()).isTrue();
    assertThat(result.duplicates()).isZero();
    assertThat(result.lost()).isZero();
    assertThat(result.seconds()).hasSize(5).allMatch(s -> s > 0 && s < 60);
    assertThat(result.report()).contains("workspaces W             5");
  }
}
