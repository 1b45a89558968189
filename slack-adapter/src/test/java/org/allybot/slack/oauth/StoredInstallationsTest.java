package org.allybot.slack.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.util.List;
import org.allybot.core.MasterKey;
import org.allybot.core.SecretBox;
import org.allybot.slack.InMemorySlackStore;
import org.junit.jupiter.api.Test;

class StoredInstallationsTest {
  private final InMemorySlackStore store = new InMemorySlackStore();
  private final MasterKey key = MasterKey.generate();
  private final StoredInstallations installations =
      new StoredInstallations(store, SecretBox.of(key, "slack/installations"));

  private static DefaultInstaller installer(String team, String user) {
    DefaultInstaller i = new DefaultInstaller();
    i.setTeamId(team);
    i.setInstallerUserId(user);
    i.setInstallerUserAccessToken("xoxp-user-token-for-" + user + "-0000000000");
    i.setBotAccessToken("xoxb-" + team + "-0000000000000-BotTokenForTests");
    i.setBotUserId("U0ALLYBOT00");
    i.setInstalledAt(1_700_000_000_000L);
    return i;
  }

  @Test
  void anInstallationGivesTheWorkspaceItsBotToken() {
    installations.saveInstallerAndBot(installer("T1", "U1"));

    assertThat(installations.botToken("T1")).contains("xoxb-T1-0000000000000-BotTokenForTests");
    assertThat(installations.findInstaller(null, "T1", "U1").getInstallerUserId()).isEqualTo("U1");
    assertThat(installations.botToken("T2")).isEmpty();
  }

  @Test
  void noTokenIsReadableInTheStoreAndOnlyTheSameKeyOpensThem() {
    installations.saveInstallerAndBot(installer("T1", "U1"));
    String key = StoredInstallations.key("T1");

    for (String field : List.of("bot", "installer", "user:U1")) {
      assertThat(store.field(key, field))
          .get()
          .asString()
          .doesNotContain("xox")
          .doesNotContain("BotTokenForTests")
          .matches("[0-9a-f]+");
    }
    StoredInstallations otherKey =
        new StoredInstallations(store, SecretBox.of(MasterKey.generate(), "slack/installations"));
    assertThat(otherKey.botToken("T1")).isEmpty();
    assertThat(otherKey.findInstaller(null, "T1", "U1")).isNull();
  }

  @Test
  void aSealedValueMovedToAnotherWorkspaceDoesNotOpen() {
    installations.saveInstallerAndBot(installer("T1", "U1"));
    String sealedBot = store.field(StoredInstallations.key("T1"), "bot").orElseThrow();

    store.putField(StoredInstallations.key("T2"), "bot", sealedBot);

    assertThat(installations.botToken("T2")).isEmpty();
    assertThat(installations.botToken("T1")).isPresent();
  }

  @Test
  void revokedUserTokensGoButTheBotStays() {
    installations.saveInstallerAndBot(installer("T1", "U1"));

    installations.usersRevoked("T1", List.of("U1"));

    assertThat(installations.findInstaller(null, "T1", "U1")).isNull();
    assertThat(installations.findInstaller(null, "T1", null).getInstallerUserAccessToken())
        .isNull();
    assertThat(installations.botToken("T1")).isPresent();
  }

  @Test
  void aWorkspaceGoneLeavesNoTokenBehind() {
    installations.saveInstallerAndBot(installer("T1", "U1"));

    installations.workspaceGone("T1");

    assertThat(installations.botToken("T1")).isEmpty();
    assertThat(store.exists(StoredInstallations.key("T1"))).isFalse();
  }

  @Test
  void oauthStatesAreUsableOnce() {
    StoredOAuthStates states = new StoredOAuthStates(store);
    states.addNewStateToDatastore("s-1");

    assertThat(states.isAvailableInDatabase("s-1")).isTrue();
    states.deleteStateFromDatastore("s-1");
    assertThat(states.isAvailableInDatabase("s-1")).isFalse();
    assertThat(states.isAvailableInDatabase("never-issued")).isFalse();
  }

  @Test
  void anOrgWideInstallServesEachWorkspaceItCoversOnceItHasHeardFromIt() {
    DefaultInstaller org = installer(null, "U1");
    org.setEnterpriseId("E1");
    org.setIsEnterpriseInstall(true);
    org.setBotAccessToken("xoxb-E1-0000000000000-BotTokenForTests");
    installations.saveInstallerAndBot(org);

    assertThat(installations.botToken("T5")).isEmpty();
    assertThat(installations.findBot("E1", "T5").getBotAccessToken())
        .isEqualTo("xoxb-E1-0000000000000-BotTokenForTests");
    assertThat(installations.botToken("T5")).contains("xoxb-E1-0000000000000-BotTokenForTests");
    assertThat(installations.botToken("T6")).isEmpty();

    installations.deleteAll("E1", null);

    assertThat(installations.botToken("T5")).isEmpty();
    assertThat(installations.findBot("E1", "T5")).isNull();
  }
}
