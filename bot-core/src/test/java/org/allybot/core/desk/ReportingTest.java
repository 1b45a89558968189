package org.allybot.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Block;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class ReportingTest {
  @RegisterExtension static final PerTest<DeskScene> SCENE = DeskScene.perTest();
  private final DeskScene scene;

  ReportingTest(DeskScene scene) {
    this.scene = scene;
  }

  @Test
  void reportOpensTheFormWithEveryFieldOfTheReport() {
    Reply reply = scene.say("rita", "report");

    Block.Form form = reply.form();
    assertThat(form.formId()).isEqualTo("desk.report");
    assertThat(form.fields())
        .extracting(Block.Field::id)
        .containsExactly(
            "what",
            "summary",
            "when",
            "where",
            "who",
            "affected",
            "followup",
            "anonymous",
            "hr",
            "escrow");
    assertThat(form.fields().get(0).required()).isTrue();
    assertThat(form.fields().get(0).maxLength()).isEqualTo(4000);
    assertThat(form.fields())
        .filteredOn(f -> f.id().equals("anonymous"))
        .extracting(Block.Field::initial)
        .containsExactly("yes");
    assertThat(form.fields())
        .filteredOn(f -> f.id().equals("hr"))
        .flatExtracting(Block.Field::choices)
        .containsExactly("ask me first", "yes", "no");
  }

  @Test
  void aSentReportGivesItsReferenceAndWhatHappensNextAndTellsTheRotaWithoutContent() {
    String reply =
        CoreHarness.text(scene.report("rita", "He talked over me again in the design review."));

    assertThat(reply).contains("Report received: #1").contains("without your name");
    assertThat(scene.lastDm("ann")).contains("#1").doesNotContain("talked over");
    assertThat(scene.lastDm("ben")).contains("#1").doesNotContain("talked over");
  }

  @Test
  void missingTextAndBadChoicesAreNamedOnTheirFieldsAndNothingIsKept() {
    Reply reply =
        scene.report(
            "rita",
            " ",
            DeskForm.AFFECTED,
            "everyone",
            DeskForm.HR,
            "maybe",
            DeskForm.WHEN,
            "2026-02-30",
            DeskForm.ANONYMOUS,
            "perhaps");

    assertThat(reply.fieldErrors()).containsKeys("what", "affected", "hr", "when", "anonymous");
    assertThat(reply.fieldErrors().get("when")).contains("not a date");
    assertThat(scene.text("rita", "report status")).contains("You have no reports");
  }

  @Test
  void aFutureDateAndAMultiLineSummaryAreRefusedOnTheirFields() {
    Reply reply =
        scene.report("rita", "Text.", DeskForm.WHEN, "2099-01-01", DeskForm.SUMMARY, "two\nlines");

    assertThat(reply.fieldErrors().get("when")).contains("in the future");
    assertThat(reply.fieldErrors().get("summary")).contains("one line");
    assertThat(scene.report("rita", "Text.", DeskForm.WHEN, "2026-11-20").fieldErrors()).isEmpty();
  }

  @Test
  void anOversizedTextIsRefusedOnItsFieldWithItsLength() {
    Reply reply = scene.report("rita", "x".repeat(4001));

    assertThat(reply.fieldErrors().get("what")).contains("4,001 characters; the limit is 4,000");
    assertThat(scene.h.redis.keys("*desk:report*")).isEmpty();
  }

  @Test
  void escrowWithoutSayingWhoAsksForWho() {
    Reply reply = scene.report("rita", "Something happened.", DeskForm.ESCROW, "yes");

    assertThat(reply.fieldErrors()).containsOnlyKeys("who");
  }

  @Test
  void statusListsOnlyTheMembersOwnReportsWithTheirStates() {
    scene.report("rita", "First thing.", DeskForm.SUMMARY, "Interrupted in review");
    scene.report("sam", "Someone else's report.");
    scene.report("rita", "Second thing.");

    String status = scene.text("rita", "report status");

    assertThat(status).contains("#1 · new · Interrupted in review").contains("#3 · new · Second");
    assertThat(status).doesNotContain("#2").doesNotContain("Someone else");
  }

  @Test
  void aReportNumberThatIsNotTheirsIsRefusedAndChangesNothing() {
    scene.report("rita", "My report.");

    assertThat(scene.text("sam", "report add 1 Hijack")).contains("You have no report #1");
    assertThat(scene.text("sam", "report withdraw 1")).contains("You have no report #1");
    assertThat(scene.text("sam", "report add 99 x")).contains("You have no report #99");
    assertThat(scene.text("ann", "desk show 1")).doesNotContain("Hijack");
  }

  @Test
  void addingToAReportReachesTheDeskAndTellsTheRotaWithoutContent() {
    scene.report("rita", "My report.");

    assertThat(scene.text("rita", "report add 1 It happened again on Friday."))
        .contains("Added to your report #1");

    assertThat(scene.text("ann", "desk show 1"))
        .contains("Reporter added:")
        .contains("It happened again on Friday.");
    assertThat(scene.lastDm("ann")).contains("added to report #1").doesNotContain("Friday");
  }

  @Test
  void withdrawingClosesTheReportAndTheTrailSaysSo() {
    scene.report("rita", "My report.");

    assertThat(scene.text("rita", "report withdraw 1")).contains("withdrawn and closed");

    assertThat(scene.text("rita", "report status")).contains("#1 · closed (withdrawn)");
    assertThat(scene.text("ann", "desk")).contains("No open reports");
    assertThat(scene.text("ann", "desk show 1")).contains("new → closed (reporter)");
    assertThat(scene.text("rita", "report add 1 more")).contains("Report #1 is closed");
  }

  @Test
  void badReportCommandsSayWhatToDo() {
    assertThat(scene.text("rita", "report frobnicate"))
        .contains("I don't know `report frobnicate`")
        .contains("Usage: `/ally report [status");
    assertThat(scene.text("rita", "report add x TEXT")).contains("`x` is not a report number");
    scene.report("rita", "Mine.");
    assertThat(scene.text("rita", "report add 1 " + "y".repeat(4001))).contains("too long");
    assertThat(scene.text("rita", "report add 1")).contains("Add the text after the number");
  }

  @Test
  void helpListsTheDeskCommandsAndOnlyAdminsSeeItsSettings() {
    assertThat(scene.text("rita", "help"))
        .contains("Report desk")
        .contains("/ally report")
        .contains("/ally desk")
        .doesNotContain("desk rota");
    assertThat(scene.text("boss", "help")).contains("/ally desk rota @a @b [weekly]");
  }

  @Test
  void anOversizedReplyToTheDesksMessageIsRefusedAndNothingIsAdded() {
    scene.report("rita", "Mine.");
    scene.say("ann", "desk ask 1 When?");
    String question = scene.dms("rita").getLast().messageId();

    assertThat(CoreHarness.text(scene.privateReply("rita", question, "z".repeat(4001))))
        .contains("4,001 characters; the limit is 4,000");
    assertThat(scene.text("ann", "desk show 1")).doesNotContain("zzzz").contains("waiting for");
  }

  @Test
  void aNamedReportShowsItsReporterToTheDeskAndAnAnonymousOneDoesNot() {
    scene.report("rita", "Named one.", DeskForm.ANONYMOUS, "no");
    scene.report("sam", "Anonymous one.");

    assertThat(scene.text("ann", "desk show 1")).contains("Reporter: <@rita>");
    assertThat(scene.text("ann", "desk show 2"))
        .contains("Reporter: anonymous")
        .doesNotContain("sam");
  }
}
