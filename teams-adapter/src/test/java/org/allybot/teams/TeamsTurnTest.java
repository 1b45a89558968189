package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.Test;

/** Where an activity came from, as the core's events name it. */
class TeamsTurnTest {
  private final TeamsActivities activities =
      new TeamsActivities("https://smba.example/", TeamsHarness.APP_ID, TeamsHarness.TENANT);
  private final FakeMember alex = FakeMember.numbered(2);

  private TeamsTurn turn(ObjectNode activity) throws Exception {
    InboundActivity in = ActivityReader.read(activity.toString());
    return new TeamsTurn(null, RateLimiter.withDefaults(), in, TeamsTurn.workspaceOf(in));
  }

  @Test
  void aThreadReplyNamesItsChannelAndRootMessage() throws Exception {
    TeamsTurn reply = turn(activities.threadReply(alex, "1700000000042", "try this"));

    assertThat(reply.channelId()).isEqualTo(TeamsActivities.TEAM);
    assertThat(reply.threadId()).isEqualTo("1700000000042");
    assertThat(reply.isPersonal()).isFalse();
  }

  @Test
  void aNewChannelPostIsNotInAThread() throws Exception {
    TeamsTurn post = turn(activities.channelMessage(alex, "hello", false));

    assertThat(post.channelId()).isEqualTo(TeamsActivities.TEAM);
    assertThat(post.threadId()).isEmpty();
  }

  @Test
  void aPersonalMessageHasNoChannelAndTheActorIsTheAadId() throws Exception {
    ObjectNode message = activities.personalMessage(alex, "hi");
    message.put("localTimezone", "America/Chicago");
    TeamsTurn personal = turn(message);

    assertThat(personal.channelId()).isEmpty();
    assertThat(personal.actor().user().userId()).isEqualTo(alex.aadObjectId());
    assertThat(personal.actor().user().workspace()).isEqualTo(TeamsHarness.WORKSPACE);
    assertThat(personal.actor().timeZone()).isEqualTo("America/Chicago");
    assertThat(personal.accountId()).isEqualTo(alex.id());
  }

  @Test
  void anUnknownTimeZoneIsLeftEmpty() throws Exception {
    ObjectNode message = activities.personalMessage(alex, "hi");
    message.put("localTimezone", "Mars/Olympus_Mons");

    assertThat(turn(message).actor().timeZone()).isEmpty();
  }

  @Test
  void theEmulatorWithoutATenantIsTheLocalWorkspace() throws Exception {
    ObjectNode message = activities.personalMessage(alex, "hi");
    ((ObjectNode) message.get("conversation")).remove("tenantId");
    ((ObjectNode) message.get("channelData")).remove("tenant");

    assertThat(turn(message).workspace().id()).isEqualTo("local");
  }

  @Test
  void theActivitysLocaleIsTheActorsLocale() throws Exception {
    ObjectNode message = activities.personalMessage(alex, "hi");
    message.put("locale", "es-MX");

    assertThat(turn(message).actor().locale()).isEqualTo("es-MX");
    assertThat(turn(activities.personalMessage(alex, "hi")).actor().locale()).isEqualTo("en-GB");
  }
}
