package org.allybot.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.ChatPlatform;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PlatformEraserTest {
  private static final UserRef MEMBER =
      new UserRef(new WorkspaceId(Platform.SLACK, "T0FORGET01"), "U0SECRET99");

  private final List<UserRef> forgotten = new ArrayList<>();
  private final DataEraser store =
      new DataEraser() {
        @Override
        public void forget(UserRef user) {
          forgotten.add(user);
        }

        @Override
        public void deleteWorkspace(WorkspaceId workspace) {}

        @Override
        public int purgeBefore(Instant cutoff) {
          return 0;
        }
      };
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger eraserLog =
      ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(PlatformEraser.class);

  @BeforeEach
  void listen() {
    log.start();
    eraserLog.addAppender(log);
  }

  @AfterEach
  void stopListening() {
    eraserLog.detachAppender(log);
  }

  @Test
  void theStoreForgetsFirstThenTheMembersOwnPlatform() {
    ChatPlatform slack = mock(ChatPlatform.class);
    ChatPlatform teams = mock(ChatPlatform.class);

    new PlatformEraser(store, Map.of(Platform.SLACK, slack, Platform.TEAMS, teams)).forget(MEMBER);

    assertThat(forgotten).containsExactly(MEMBER);
    verify(slack).forget(MEMBER);
    verifyNoInteractions(teams);
  }

  @Test
  void aPlatformThatFailsLeavesTheStoreForgottenAndLogsNoMember() {
    ChatPlatform slack = mock(ChatPlatform.class);
    doThrow(new IllegalStateException("U0SECRET99 not found")).when(slack).forget(MEMBER);

    new PlatformEraser(store, Map.of(Platform.SLACK, slack)).forget(MEMBER);

    assertThat(forgotten).containsExactly(MEMBER);
    assertThat(log.list).hasSize(1);
    assertThat(log.list.getFirst().getFormattedMessage())
        .contains("T0FORGET01")
        .doesNotContain("U0SECRET99");
  }
}
