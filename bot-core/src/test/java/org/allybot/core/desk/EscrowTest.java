package org.allybot.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class EscrowTest {
  @RegisterExtension static final PerTest<DeskScene> SCENE = DeskScene.perTest();
  private final DeskScene scene;

  EscrowTest(DeskScene scene) {
    this.scene = scene;
  }

  private void escrow(String who, String subject) {
    scene.report(
        who, "Escrow report by " + who + ".", DeskForm.WHO, subject, DeskForm.ESCROW, "yes");
  }

  @Test
  void anEscrowReportIsSealedAwayFromTheDeskAndSaysWhatHappensNext() {
    String reply =
        Seen.text(
            scene.report(
                "rita", "He touched my hair.", DeskForm.WHO, "@vic", DeskForm.ESCROW, "yes"));

    assertThat(reply).contains("held in escrow").contains("Nobody will learn who else reported");
    assertThat(scene.text("ann", "desk")).contains("No open reports");
    assertThat(scene.text("ann", "desk show 1")).contains("There is no report #1");
    assertThat(scene.dms("ann")).isEmpty();
    assertThat(scene.text("rita", "report status")).contains("#1 · held in escrow");
  }

  @Test
  void twoEscrowReportsNamingTheSamePersonAskBothReportersPrivatelyWithoutSayingWho() {
    escrow("rita", "@vic");
    escrow("xenia", "@VIC");
    escrow("xenia", "@vic");

    assertThat(scene.dms("rita")).hasSize(1);
    assertThat(scene.dms("xenia")).hasSize(1);
    String toRita = scene.lastDm("rita");
    assertThat(toRita)
        .contains("Someone else has reported the same person as your escrow report #1")
        .doesNotContain("xenia")
        .doesNotContain("#2");
    assertThat(scene.lastDm("xenia")).doesNotContain("rita").doesNotContain("#1");
  }

  @Test
  void reportsNamingDifferentPeopleAreNotMatched() {
    escrow("rita", "@vic");
    scene.report("sam", "Someone else.", DeskForm.WHO, "@zed");
    scene.report("tom", "Nobody named.");

    assertThat(scene.dms("rita")).isEmpty();
    assertThat(scene.text("rita", "report status")).contains("held in escrow");
  }

  @Test
  void theSameReporterNamingThePersonTwiceIsNotAMatch() {
    escrow("rita", "@vic");
    scene.report("rita", "Again, not in escrow.", DeskForm.WHO, "@vic");

    assertThat(scene.dms("rita")).isEmpty();
  }

  @Test
  void aNamedFreeTextPersonMatchesWhateverTheCaseAndSpacing() {
    escrow("rita", "Victor  Smith");
    scene.report("sam", "Not in escrow.", DeskForm.WHO, "victor smith");

    assertThat(scene.lastDm("rita")).contains("Someone else has reported the same person");
  }

  @Test
  void releasingPutsTheReportAtTheDeskAndKeepingLeavesItSealed() {
    escrow("rita", "@vic");
    escrow("sam", "@vic");
    Button release = scene.dms("rita").getLast().message().buttons().get(0);
    Button keep = scene.dms("sam").getLast().message().buttons().get(1);

    assertThat(Seen.text(scene.press("rita", release.action(), release.value())))
        .contains("released to the desk");
    assertThat(Seen.text(scene.press("sam", keep.action(), keep.value()))).contains("stays sealed");

    assertThat(scene.text("ann", "desk")).contains("#1 ").doesNotContain("#2 ");
    assertThat(scene.lastDm("ann")).contains("A new report (#1)");
    assertThat(scene.text("ann", "desk show 2")).contains("There is no report #2");
    assertThat(scene.text("sam", "report release 2")).contains("released to the desk");
    assertThat(scene.text("ann", "desk")).contains("#2 ");
    assertThat(scene.text("sam", "report release 2")).contains("not held in escrow");
  }

  @Test
  void someoneElsePressingAReleaseButtonChangesNothing() {
    escrow("rita", "@vic");
    escrow("sam", "@vic");
    Button release = scene.dms("rita").getLast().message().buttons().get(0);

    assertThat(Seen.text(scene.press("mallory", release.action(), release.value())))
        .contains("You have no report #1");
    assertThat(Seen.text(scene.press("rita", release.action(), "1|maybe")))
        .contains("no longer active");
    assertThat(scene.text("ann", "desk")).contains("No open reports");
  }
}
