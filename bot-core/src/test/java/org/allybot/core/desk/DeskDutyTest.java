package org.allybot.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class DeskDutyTest {
  @RegisterExtension static final PerTest<DeskScene> SCENE = DeskScene.perTest();
  private final DeskScene scene;

  DeskDutyTest(DeskScene scene) {
    this.scene = scene;
  }

  @Test
  void deskListsOpenReportsWithNumberAgeStateAndSummaryOrFirstLine() {
    scene.report("rita", "Long story.\nSecond line.", DeskForm.SUMMARY, "Jokes about my accent");
    scene.report("sam", "First line here.\nMore detail.");
    scene.h.clock.advance(java.time.Duration.ofHours(5));

    String list = scene.text("ann", "desk");

    assertThat(list)
        .contains("#1 · 5 h · new · Jokes about my accent")
        .contains("#2 · 5 h · new · First line here.")
        .doesNotContain("More detail");
  }

  @Test
  void deskFromSomeoneNotOnTheRotaIsRefusedAndShowsNothing() {
    scene.report("rita", "Private words.");

    assertThat(scene.text("sam", "desk")).contains("only for the allies on its rota");
    assertThat(scene.text("sam", "desk show 1"))
        .contains("only for the allies on its rota")
        .doesNotContain("Private words");
  }

  @Test
  void unknownDeskSubcommandsAndBadNumbersSayWhatToDo() {
    assertThat(scene.text("ann", "desk dance"))
        .contains("I don't know `desk dance`")
        .contains("Usage: `/ally desk [show N");
    assertThat(scene.text("ann", "desk show")).contains("Give the report's number");
    assertThat(scene.text("ann", "desk show 42")).contains("There is no report #42");
    assertThat(scene.text("ann", "desk rota @ann")).contains("Only Allybot admins");
  }

  @Test
  void aReportGoesFromNewToPickedUpToWaitingAndBackThenToClosedWithATrailWithoutContent() {
    scene.report("rita", "He mocked my name in standup.", DeskForm.WHO, "@vic");

    assertThat(scene.text("ann", "desk pick 1")).contains("You picked up report #1");
    assertThat(scene.text("ben", "desk pick 1")).contains("already picked up");
    assertThat(scene.text("ann", "desk note 1 Talk to the team lead")).contains("Only the desk");
    assertThat(scene.text("ann", "desk ask 1 Did anyone else hear it?"))
        .contains("went to the reporter");
    assertThat(scene.text("ann", "desk")).contains("#1 · 0 h · waiting for the reporter");

    RecordingChatPlatform.Sent question = scene.dms("rita").getLast();
    assertThat(Seen.text(question)).contains("Did anyone else hear it?");
    scene.privateReply("rita", question.messageId(), "Yes, two people did.");

    String shown = scene.text("ben", "desk show 1");
    assertThat(shown)
        .contains("picked up")
        .contains("Did anyone else hear it?")
        .contains("Yes, two people did.")
        .contains("Talk to the team lead")
        .contains("Reporter: anonymous")
        .doesNotContain("rita");
    assertThat(scene.lastDm("ann")).contains("answered report #1").doesNotContain("two people");

    assertThat(scene.text("ann", "desk close 1 action")).contains("closed: action taken");
    assertThat(scene.lastDm("rita")).contains("closed your report #1: action taken");
    List<AuditEntry> trail = scene.bot.context().desk().store().auditTrail(Seen.WS, 1);
    assertThat(trail)
        .extracting(AuditEntry::to)
        .containsExactly(
            ReportState.NEW,
            ReportState.PICKED_UP,
            ReportState.WAITING_FOR_REPORTER,
            ReportState.PICKED_UP,
            ReportState.CLOSED);
    assertThat(trail)
        .extracting(AuditEntry::by)
        .containsExactly("reporter", "ann", "ann", "reporter", "ann");
    assertThat(scene.text("ann", "desk")).contains("No open reports");
  }

  @Test
  void closingNeedsAKnownOutcome() {
    scene.report("rita", "Something.");

    assertThat(scene.text("ann", "desk close 1 sorted"))
        .contains("I don't know the outcome `sorted`")
        .contains("resolved, action, no-action or withdrawn");
    assertThat(scene.text("ann", "desk close 1")).contains("Say how it ended");
    assertThat(scene.text("ann", "desk close 1 resolved")).contains("resolved informally");
  }

  @Test
  void withConsentTheReportGoesToHrPrivately() {
    scene.report("rita", "HR may see this.", DeskForm.HR, "yes");

    assertThat(scene.text("ann", "desk hr 1")).contains("went to the HR contacts");

    assertThat(scene.lastDm("hana")).contains("HR may see this.").contains("report #1");
    assertThat(scene.text("ann", "desk")).contains("with HR");
  }

  @Test
  void withoutConsentHrIsRefusedWithAClearMessage() {
    scene.report("rita", "Not for HR.", DeskForm.HR, "no");

    assertThat(scene.text("ann", "desk hr 1")).contains("said no to involving HR");
    assertThat(scene.dms("hana")).isEmpty();
  }

  @Test
  void askMeFirstAsksTheReporterAndGoesToHrOnlyAfterTheySayYes() {
    scene.report("rita", "Ask me first.", DeskForm.HR, "ask me first");
    scene.report("sam", "Ask me too.", DeskForm.HR, "ask me first");

    assertThat(scene.text("ann", "desk hr 1")).contains("I've asked them");
    assertThat(scene.dms("hana")).isEmpty();
    Button yes = scene.dms("rita").getLast().message().buttons().getFirst();
    assertThat(Seen.text(scene.press("rita", yes.action(), yes.value()))).contains("now with HR");
    assertThat(scene.lastDm("hana")).contains("Ask me first.");

    scene.say("ann", "desk hr 2");
    assertThat(scene.text("sam", "report hr 2 no")).contains("HR will not see it");
    assertThat(scene.dms("hana")).hasSize(1);
    assertThat(scene.text("ann", "desk show 2")).contains("picked up");
    assertThat(scene.text("sam", "report hr 2 yes")).contains("hasn't asked about HR");
  }

  @Test
  void aRotaMemberNamedAsWhoDidItNeverSeesTheReport() {
    scene.report("rita", "Ann said something awful.", DeskForm.WHO, "@ann");

    assertThat(scene.text("ann", "desk")).contains("No open reports");
    assertThat(scene.text("ann", "desk show 1"))
        .contains("There is no report #1")
        .doesNotContain("awful");
    assertThat(scene.text("ann", "desk pick 1")).contains("There is no report #1");
    assertThat(scene.dms("ann")).isEmpty();
    assertThat(scene.text("ben", "desk")).contains("#1");
    assertThat(scene.lastDm("ben")).contains("#1");
  }

  @Test
  void aReportNamingEveryRotaMemberGoesToTheAdmins() {
    scene.say("boss", "desk rota @ann");
    scene.report("rita", "Ann again.", DeskForm.WHO, "@ann");

    assertThat(scene.lastDm("boss")).contains("#1");
    assertThat(scene.text("boss", "desk")).contains("#1");
    assertThat(scene.text("boss", "desk show 1")).contains("Ann again.");
    assertThat(scene.text("ann", "desk show 1")).contains("There is no report #1");
  }

  @Test
  void aMemberTakenOffTheRotaLosesAccessAtOnce() {
    scene.report("rita", "Confidential.");
    assertThat(scene.text("ben", "desk show 1")).contains("Confidential.");

    assertThat(scene.text("boss", "desk rota @ann weekly")).contains("taking turns weekly");

    assertThat(scene.text("ben", "desk show 1"))
        .contains("only for the allies on its rota")
        .doesNotContain("Confidential.");
    assertThat(scene.text("ben", "desk")).contains("only for the allies on its rota");
  }

  @Test
  void aReportSurvivesARestartInTheMiddleOfItsLife() {
    scene.report("rita", "Before the restart.", DeskForm.HR, "ask me first");
    scene.say("ann", "desk pick 1");
    scene.say("ann", "desk ask 1 When was it?");
    String question = scene.dms("rita").getLast().messageId();

    scene.restart();

    scene.privateReply("rita", question, "Last Tuesday.");
    assertThat(scene.text("ann", "desk show 1"))
        .contains("Before the restart.")
        .contains("Last Tuesday.")
        .contains("picked up");
    assertThat(scene.text("rita", "report status")).contains("#1 · picked up");
  }
}
