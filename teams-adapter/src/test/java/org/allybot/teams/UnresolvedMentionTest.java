package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.allybot.core.recognition.Recognition;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A command that mentions someone Teams cannot name by AAD object id: the id the mention carries is
 * used first, then Teams' member lookup; when both fail the command is refused with a clear reply
 * in the member's language and nothing is stored under the {@code 29:} account id, which no
 * recipient could ever accept or see.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class UnresolvedMentionTest {
  static final FakeMember SAM = FakeMember.numbered(3);

  @RegisterExtension static final PerTest<TeamsHarness> HARNESS = TeamsHarness.perTest();
  private final TeamsHarness h;

  UnresolvedMentionTest(TeamsHarness h) {
    this.h = h;
  }

  private List<Recognition> stored() {
    return h.bot.context().recognition().store().all(TeamsHarness.WORKSPACE);
  }

  private ObjectNode thanksMentioning(FakeMember person) {
    return h.activities.personalMessageMentioning(
        TeamsHarness.ALEX, "ally thanks ", person, " for making room in the retro --sense listen");
  }

  private String lastCardText() {
    return SentCards.text(SentCards.card(h.connector.calls(Kind.SEND).getLast()));
  }

  @Test
  void anAadIdCarriedInTheMentionIsUsedWithoutALookup() {
    ObjectNode activity = thanksMentioning(SAM);
    ((ObjectNode) activity.at("/entities/0/mentioned")).put("aadObjectId", SAM.aadObjectId());

    h.send(activity);

    assertThat(stored())
        .singleElement()
        .satisfies(r -> assertThat(r.recipientId()).isEqualTo(SAM.aadObjectId()));
    assertThat(h.connector.calls(Kind.MEMBER)).isEmpty();
  }

  @Test
  void withoutOneTheMemberLookupNamesTheRecipient() {
    h.connector.addMembers(TeamsActivities.personalConversation(TeamsHarness.ALEX), List.of(SAM));

    h.send(thanksMentioning(SAM));

    assertThat(stored())
        .singleElement()
        .satisfies(r -> assertThat(r.recipientId()).isEqualTo(SAM.aadObjectId()));
  }

  @Test
  void thanksToSomeoneTeamsCannotLookUpIsRefusedAndNothingIsStored() {
    h.send(thanksMentioning(SAM)); // Sam is no member of the conversation: the lookup is a 404

    assertThat(lastCardText())
        .contains("I couldn't look up @Member 3 in this conversation, so I did nothing.")
        .contains("Recognise allyship");
    assertThat(stored()).isEmpty();
    assertThat(h.outbox).noneMatch(d -> d.toString().contains(SAM.id()));
  }

  @Test
  void aLookupThatNamesNoAadIdIsRefusedToo() {
    FakeMember guest = new FakeMember("29:guest-7", "", "Guest Seven");
    h.connector.addMembers(TeamsActivities.personalConversation(TeamsHarness.ALEX), List.of(guest));

    h.send(thanksMentioning(guest));

    assertThat(lastCardText()).contains("I couldn't look up @Guest Seven");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aSpanishSpeakerIsToldInSpanish() {
    h.say(TeamsHarness.ALEX, "ally language es");

    h.send(thanksMentioning(SAM));

    assertThat(lastCardText())
        .contains("No he podido encontrar a @Member 3 en esta conversación")
        .doesNotContain("couldn't");
    assertThat(stored()).isEmpty();
  }

  @Test
  void anAdminCommandInAChannelWithAnUnresolvedMentionChangesNothing() {
    ObjectNode activity = h.activities.channelMessage(TeamsHarness.ADMIN, "ally admin add ", true);
    String tag = "<at>" + SAM.name() + "</at>";
    activity.put("text", activity.path("text").asText() + tag);
    ObjectNode mention = activity.withArray("entities").addObject();
    mention.put("type", "mention").put("text", tag);
    mention.putObject("mentioned").put("id", SAM.id()).put("name", SAM.name());

    h.send(activity);

    assertThat(h.bot.context().admins().list(TeamsHarness.WORKSPACE)).isEmpty();
    List<String> said =
        h.connector.calls().stream()
            .filter(c -> c.kind() == Kind.SEND || c.kind() == Kind.REPLY)
            .map(c -> SentCards.text(SentCards.card(c)))
            .toList();
    assertThat(String.join("\n", said)).contains("I couldn't look up @Member 3");
  }
}
