package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An admin deploys the app to a whole tenant: Teams sends every member's installation at once, and
 * the bot greets each in their own chat. Those greetings count among the tenant's writes, so they
 * wait for the tenant's budget like any delivery: the connector, enforcing Teams' published limits,
 * refuses none of them, and each member is greeted once.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class InstallBurstTest {
  private static final int MEMBERS = 80;
  private static final int IN_FLIGHT = 8;

  @RegisterExtension static final PerTest<TeamsHarness> HARNESS = TeamsHarness.perTest();

  @Test
  void aTenantWideInstallGreetsEveryMemberOnceWithinTeamsLimits(TeamsHarness h) throws Exception {
    h.connector.enforceRates(50, 7);
    List<FakeMember> members = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      members.add(FakeMember.numbered(500 + i));
    }

    List<Future<TeamsResponse>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT)) {
      for (FakeMember m : members) {
        answers.add(pool.submit(() -> h.send(h.activities.personalInstallation(m, "add"))));
      }
    }
    for (Future<TeamsResponse> answer : answers) {
      assertThat(answer.get().status()).isEqualTo(200);
    }

    assertThat(h.connector.refusedForRate()).isZero();
    Map<String, List<ConnectorCall>> byChat = h.connector.messagesByConversation();
    for (FakeMember m : members) {
      assertThat(byChat.get(TeamsActivities.personalConversation(m)))
          .as("greetings in %s's chat", m.name())
          .map(c -> SentCards.text(SentCards.card(c)))
          .filteredOn(text -> text.startsWith("Hi, I'm Allybot"))
          .hasSize(1);
    }
  }
}
