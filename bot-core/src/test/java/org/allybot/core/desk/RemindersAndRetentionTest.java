package org.allybot.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.allybot.core.member.MemberCommands;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class RemindersAndRetentionTest {
  @RegisterExtension static final PerTest<DeskScene> SCENE = DeskScene.perTest();
  private final DeskScene scene;

  RemindersAndRetentionTest(DeskScene scene) {
    this.scene = scene;
  }

  @Test
  void anUnpickedReportRemindsTheRotaAfter24HoursAndTheAdminsAfter48OnceAndWithoutContent() {
    scene.report("rita", "Secret words about the offsite.");
    scene.report("sam", "Picked at once.");
    scene.say("ann", "desk pick 2");
    int before = scene.dms("ann").size();

    scene.h.clock.advance(Duration.ofHours(23));
    assertThat(scene.bot.sendDeskReminders()).isZero();
    scene.h.clock.advance(Duration.ofHours(1));
    assertThat(scene.bot.sendDeskReminders()).isEqualTo(1);
    assertThat(scene.bot.sendDeskReminders()).isZero();

    assertThat(scene.dms("ann")).hasSize(before + 1);
    assertThat(scene.lastDm("ann"))
        .contains("Report #1 has waited 24 hours")
        .doesNotContain("offsite");
    assertThat(scene.dms("boss")).isEmpty();

    scene.h.clock.advance(Duration.ofHours(24));
    assertThat(scene.bot.sendDeskReminders()).isEqualTo(1);
    assertThat(scene.lastDm("boss"))
        .contains("Report #1 has waited 48 hours")
        .doesNotContain("offsite");
    scene.restart();
    assertThat(scene.bot.sendDeskReminders()).as("once, across restarts and instances").isZero();
  }

  @Test
  void aWeeklyRotaRemindsOnlyWhoseWeekItIs() {
    scene.say("boss", "desk rota @ann @ben weekly");
    scene.report("rita", "Waiting.");
    int annBefore = scene.dms("ann").size();
    int benBefore = scene.dms("ben").size();

    scene.h.clock.advance(Duration.ofHours(25));
    scene.bot.sendDeskReminders();

    assertThat(scene.dms("ann").size() - annBefore + scene.dms("ben").size() - benBefore)
        .isEqualTo(1);
  }

  @Test
  void closedReportsAreDeletedAfterTheRetentionPeriodAndOpenOnesStay() {
    scene.report("rita", "Closed long ago.");
    scene.report("sam", "Still open.");
    scene.say("ann", "desk close 1 resolved");

    scene.h.clock.advance(Duration.ofDays(364));
    assertThat(scene.bot.purgeClosedReports()).isZero();
    scene.h.clock.advance(Duration.ofDays(2));
    assertThat(scene.bot.purgeClosedReports()).isEqualTo(1);

    assertThat(scene.text("rita", "report status")).contains("You have no reports");
    assertThat(scene.text("sam", "report status")).contains("#2 · new");
    assertThat(scene.h.redis.keys("*desk:*:1")).isEmpty();
  }

  @Test
  void forgetMeSaysWhatItMeansForReportsThenDeletesThemAndOnlyThem() {
    scene.report("rita", "Mine to forget.");
    scene.report("sam", "Not hers.");
    scene.say("ann", "desk note 1 A note");

    String warning = scene.text("rita", "forget-me");
    assertThat(warning)
        .contains("deletes your report to the report desk, with everything the desk wrote about it")
        .contains("can no longer follow up");
    assertThat(scene.text("sam", "forget-me")).contains("deletes your report to");
    assertThat(scene.text("tom", "forget-me")).doesNotContain("report desk");

    scene.press("rita", MemberCommands.FORGET, "confirm");

    assertThat(scene.text("rita", "report status")).contains("You have no reports");
    assertThat(scene.text("ann", "desk show 1")).contains("There is no report #1");
    assertThat(scene.h.redis.keys("*desk:entries:1")).isEmpty();
    assertThat(scene.text("ann", "desk show 2")).contains("Not hers.");
  }

  @Test
  void figuresShowOnlyGroupsOfFiveOrMoreAndNeverEscrowReports() {
    for (int i = 1; i <= 4; i++) {
      scene.report("r" + i, "Report " + i + ".");
    }
    scene.report("r9", "Sealed.", DeskForm.WHO, "@vic", DeskForm.ESCROW, "yes");
    assertThat(scene.text("ann", "desk stats")).contains("Only Allybot admins");
    String few = scene.text("boss", "desk stats");
    assertThat(few).contains("opened fewer than 5").contains("not enough reports yet");

    scene.report("r5", "Report 5.");
    for (int i = 1; i <= 6; i++) {
      scene.h.clock.advance(Duration.ofHours(2));
      scene.say("ann", "desk pick " + i);
    }

    String five = scene.text("boss", "desk stats");
    assertThat(five).contains("opened 5,").contains("closed fewer than 5");
    assertThat(five).containsPattern("Median time to pick up: \\d+ h");
  }
}
