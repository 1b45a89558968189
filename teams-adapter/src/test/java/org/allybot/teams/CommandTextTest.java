package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.Test;

class CommandTextTest {
  private final TeamsActivities activities =
      new TeamsActivities("https://smba.example/", TeamsHarness.APP_ID, TeamsHarness.TENANT);
  private final FakeMember alex = FakeMember.numbered(2);

  private CommandText read(ObjectNode activity) {
    return CommandText.read(
        activity, activities.botId(), id -> java.util.Optional.of("aad-of-" + id));
  }

  @Test
  void theBotsMentionIsStrippedAndRemembered() {
    CommandText words = read(activities.channelMessage(alex, "ally poll", true));

    assertThat(words.mentionsBot()).isTrue();
    assertThat(words.text()).isEqualTo("ally poll");
    assertThat(words.command()).isEqualTo("poll");
  }

  @Test
  void commandsWorkWithOrWithoutThePrefix() {
    for (String said :
        new String[] {"poll", "ally poll", "/ally poll", "Ally: poll", "ALLY   poll"}) {
      assertThat(read(activities.personalMessage(alex, said)).command()).as(said).isEqualTo("poll");
    }
    assertThat(read(activities.personalMessage(alex, "allyship rocks")).command())
        .isEqualTo("allyship rocks");
  }

  @Test
  void peopleAndChannelsMentionedBecomeIds() {
    ObjectNode message =
        activities.channelMessage(alex, "admin add <at>Sam</at> to <at>General</at>", true);
    var entities = (com.fasterxml.jackson.databind.node.ArrayNode) message.get("entities");
    entities
        .addObject()
        .put("type", "mention")
        .put("text", "<at>Sam</at>")
        .putObject("mentioned")
        .put("id", "29:sam");
    entities
        .addObject()
        .put("type", "mention")
        .put("text", "<at>General</at>")
        .putObject("mentioned")
        .put("id", "19:general@thread.tacv2");

    assertThat(read(message).command())
        .isEqualTo("admin add @aad-of-29:sam to #19:general@thread.tacv2");
  }

  @Test
  void htmlMarkupAndEntitiesAreRemoved() {
    ObjectNode message =
        activities.personalMessage(
            alex, "<p>I&#39;d say&nbsp;<b>talk</b> to them &amp; listen</p><p>then act</p>");

    assertThat(read(message).text()).isEqualTo("I'd say talk to them & listen\nthen act");
  }

  @Test
  void aMessageWithoutMentionsIsNotForTheBot() {
    CommandText words = read(activities.channelMessage(alex, "lunch anyone?", false));

    assertThat(words.mentionsBot()).isFalse();
    assertThat(words.text()).isEqualTo("lunch anyone?");
  }
}
