package org.allybot.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.content.Sense;
import org.allybot.core.CoreHarness;
import org.allybot.core.report.CampaignReport;
import org.allybot.core.report.CampaignReports;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The campaign report counts thanks per sense for the team, never per person, none below 5. */
@ExtendWith(EmbeddedRedisExtension.class)
class ThanksInReportTest {
  @RegisterExtension static final PerTest<ThanksScene> SCENE = ThanksScene.perTest();
  private final ThanksScene scene;

  ThanksInReportTest(ThanksScene scene) {
    this.scene = scene;
  }

  @Test
  void theReportShowsThanksPerSenseFromFiveAndNamesNobody() {
    scene.say("boss", "campaign create Pilot");
    for (int i = 0; i < 5; i++) {
      scene.say("giver" + i, "thanks @sam for stepping in --sense act");
    }
    scene.say("ana", "thanks @bob for listening --sense listen");
    scene.reply("zoe", "thanks @bob for Tuesday"); // an unconfirmed draft is not counted

    String report = scene.say("boss", "campaign report Pilot");
    CampaignReport model =
        new CampaignReports(scene.h.bot.context())
            .report(CoreHarness.WORKSPACE, "pilot")
            .orElseThrow();

    assertThat(report)
        .contains(
            "*Recognition* (thanks given over the campaign's dates, by sense)\n"
                + "Take action 5 · Listen to others fewer than 5 · See privilege fewer than 5 ·"
                + " Speak out fewer than 5 · Sniff out bias fewer than 5 · Live empathy fewer"
                + " than 5")
        .doesNotContain("sam")
        .doesNotContain("giver");
    assertThat(model.thanks()).hasSize(6);
    assertThat(model.thanks().getFirst())
        .satisfies(t -> {
          assertThat(t.sense()).isEqualTo(Sense.ACT);
          assertThat(t.thanks().value()).hasValue(5);
        });
    assertThat(model.thanks().get(1).thanks().isShown()).isFalse();
  }
}
