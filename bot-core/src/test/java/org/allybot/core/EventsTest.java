package org.allybot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.allybot.core.campaign.CampaignForm;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.home.HomeView;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class EventsTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;

  EventsTest(CoreHarness harness) {
    this.harness = harness;
  }

  private Reply submit(String who, String formId, Map<String, String> values) {
    return harness.bot.handle(
        new CoreEvent.FormSubmitted(Actor.of(CoreHarness.user(who), who), formId, values));
  }

  @Test
  void campaignNewOpensAFormWithEveryCampaignField() {
    Reply reply = harness.say("boss", "campaign new");

    assertThat(reply.hasForm()).isTrue();
    assertThat(reply.form().fields())
        .extracting(Block.Field::id)
        .containsExactly(
            "name",
            "audience",
            "senses",
            "topics",
            "level",
            "track",
            "polls",
            "lessons",
            "digest",
            "start",
            "end",
            "mandatory");
  }

  @Test
  void aSubmittedFormWithMistakesStaysOpenWithOneMessagePerField() {
    Reply reply =
        submit(
            "boss",
            CampaignForm.ID,
            Map.of("name", "", "polls", "someday@09:00", "senses", "courage", "level", "any"));

    assertThat(reply.fieldErrors()).containsOnlyKeys("name", "polls", "senses");
    assertThat(reply.fieldErrors().get("senses")).startsWith("'courage' is not a sense.");
    assertThat(harness.bot.context().campaigns().all(CoreHarness.WORKSPACE)).isEmpty();
  }

  @Test
  void aValidFormCreatesTheCampaignAndOnlyAdminsMaySubmitIt() {
    assertThat(CoreHarness.text(submit("alice", CampaignForm.ID, Map.of("name", "Pilot"))))
        .startsWith("Only Allybot admins");

    Reply reply =
        submit(
            "boss",
            CampaignForm.ID,
            Map.of(
                "name",
                "Pilot",
                "polls",
                "tue@10:00",
                "mandatory",
                "yes",
                "level",
                "starter",
                "track",
                "managers"));

    assertThat(CoreHarness.text(reply)).contains("Campaign *Pilot* created.");
    var c = harness.bot.context().campaigns().find(CoreHarness.WORKSPACE, "pilot").orElseThrow();
    assertThat(c.mandatory()).isTrue();
    assertThat(c.track().level()).isEqualTo(org.allybot.content.Level.STARTER);
    assertThat(c.track().roles()).containsExactly(org.allybot.content.Role.MANAGERS);
  }

  @Test
  void joiningTheAudienceChannelInvitesTheNewMember() {
    harness.say("boss", "campaign create Pilot --audience <#C1|allies>");
    harness.outbox.clear();

    harness.bot.handle(new CoreEvent.MemberJoined(CoreHarness.WORKSPACE, "C1", "newbie"));
    harness.bot.handle(new CoreEvent.MemberJoined(CoreHarness.WORKSPACE, "C2", "elsewhere"));

    assertThat(harness.outbox)
        .singleElement()
        .satisfies(d -> {
          assertThat(d.userId()).isEqualTo("newbie");
          assertThat(d.kind()).isEqualTo(Delivery.Kind.INVITE);
        });
  }

  @Test
  void theHomeShowsPracticeSettingsAndForAdminsTheCampaigns() {
    harness.say("boss", "campaign create Pilot --mandatory");
    Reply member =
        harness.bot.handle(new CoreEvent.HomeOpened(Actor.of(CoreHarness.user("alice"), "alice")));
    Reply admin =
        harness.bot.handle(new CoreEvent.HomeOpened(Actor.of(CoreHarness.user("boss"), "boss")));

    String memberHome = CoreHarness.text(member);
    assertThat(memberHome)
        .contains("Polls answered: 0")
        .contains("Next delivery:")
        .contains("Pause 1 week")
        .doesNotContain("Campaigns");
    assertThat(CoreHarness.text(admin))
        .contains("== Campaigns ==")
        .contains("*Pilot*: running")
        .contains("Send next now");
  }

  @Test
  void homeButtonsChangeSettingsAndShowTheUpdatedHome() {
    Reply home =
        harness.bot.handle(new CoreEvent.HomeOpened(Actor.of(CoreHarness.user("alice"), "alice")));
    Button pause =
        home.messages().getFirst().buttons().stream()
            .filter(b -> b.action().equals(HomeView.PAUSE_WEEK))
            .findFirst()
            .orElseThrow();

    Reply after = harness.press("alice", pause.action(), pause.value());

    assertThat(after.replaceOriginal()).isTrue();
    assertThat(CoreHarness.text(after))
        .contains("paused until November 30, 2026")
        .contains("Resume");
  }

  @Test
  void aSpanishMembersHomeIsInSpanishWithTheSameButtons() {
    harness.say("boss", "campaign create Pilot --mandatory");
    harness.say("boss", "language es");
    harness.say("eva", "language es");
    harness.say("eva", "pause 1w");

    String member =
        CoreHarness.text(
            harness.bot.handle(new CoreEvent.HomeOpened(Actor.of(CoreHarness.user("eva"), "eva"))));
    String admin =
        CoreHarness.text(
            harness.bot.handle(
                new CoreEvent.HomeOpened(Actor.of(CoreHarness.user("boss"), "boss"))));

    assertThat(member)
        .contains("== Tu práctica como aliado ==")
        .contains("Encuestas respondidas: 0 · Lecciones leídas: 0")
        .contains("Racha: 0 semanas · Sentidos practicados: ninguno todavía")
        .contains("en pausa hasta el 30 de noviembre de 2026")
        .contains("Reanudar")
        .doesNotContain("Campañas");
    assertThat(admin)
        .contains("== Campañas ==")
        .contains("*Pilot*: en marcha · obligatoria")
        .contains("Enviar el siguiente ya")
        .contains("*Próximo envío:*");
  }

  @Test
  void aSpanishMembersTimeFormAndAStaleButtonAreInSpanish() {
    harness.say("eva", "language es");
    Actor eva = Actor.of(CoreHarness.user("eva"), "eva");

    var form =
        harness.bot.handle(new CoreEvent.ChoiceSelected(eva, HomeView.CHANGE_TIME, "time")).form();
    var stale = harness.bot.handle(new CoreEvent.ChoiceSelected(eva, "home.zebra", "x"));

    assertThat(form.title()).isEqualTo("Hora de envío");
    assertThat(form.submitLabel()).isEqualTo("Guardar");
    assertThat(form.language()).isEqualTo("es");
    assertThat(CoreHarness.text(stale)).contains("Ese botón ya no está activo.");
  }

  @Test
  void aProfileChangeUpdatesTheTimeZone() {
    harness.bot.handle(
        new CoreEvent.ProfileChanged(
            new Actor(CoreHarness.user("alice"), "Alice", false, "America/Chicago")));

    assertThat(
            harness
                .bot
                .context()
                .members()
                .find(CoreHarness.user("alice"))
                .orElseThrow()
                .timeZone())
        .isEqualTo("America/Chicago");
  }

  @Test
  void aPlainDirectMessageIsReadAsACommand() {
    Reply reply =
        harness.bot.handle(
            new CoreEvent.MessageReceived(
                Actor.of(CoreHarness.user("alice"), "alice"), "", "", "ally help"));

    assertThat(CoreHarness.text(reply)).contains("`/ally poll`");
  }
}
