package org.allybot.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allybot.content.Lesson;
import org.allybot.content.LessonLength;
import org.allybot.content.Level;
import org.allybot.content.Role;
import org.allybot.content.Sense;
import org.allybot.core.CoreHarness;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class NextItemTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest();
  private final CoreHarness harness;
  private final NextItem next;

  NextItemTest(CoreHarness harness) {
    this.harness = harness;
    this.next = new NextItem(harness.bot.context().curriculum(), harness.bot.context().progress());
  }

  @Test
  void aMemberMovesThroughTheTrackWithoutRepeatsEasiestFirstThenStartsAgain() {
    Track track = new Track(List.of(Sense.SPEAK), List.of(), null);
    List<Lesson> inTrack =
        harness.bot.context().curriculum().lessons().stream()
            .filter(l -> track.admits(l.tags()))
            .toList();
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < inTrack.size(); i++) {
      shown.add(next.lesson(CoreHarness.user("alice"), track).orElseThrow().id());
    }

    assertThat(new HashSet<>(shown)).hasSize(inTrack.size());
    assertThat(
            harness
                .bot
                .context()
                .curriculum()
                .lesson(shown.getFirst())
                .orElseThrow()
                .tags()
                .level())
        .isEqualTo(Level.STARTER);
    Set<String> secondRound = new HashSet<>();
    for (int i = 0; i < inTrack.size(); i++) {
      secondRound.add(next.lesson(CoreHarness.user("alice"), track).orElseThrow().id());
    }
    assertThat(secondRound).hasSize(inTrack.size());
  }

  @Test
  void aLessonCadenceMixesNudgesWithStandardLessons() {
    List<LessonLength> lengths = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      lengths.add(
          next.lesson(CoreHarness.user("alice"), Track.everything()).orElseThrow().length());
    }

    assertThat(lengths).contains(LessonLength.NUDGE, LessonLength.STANDARD);
    assertThat(lengths.subList(0, 4)).contains(LessonLength.NUDGE, LessonLength.STANDARD);
  }

  @Test
  void deepDivesComeAmongTheAdvancedLessons() {
    Track advanced = new Track(List.of(), List.of(), Level.ADVANCED);
    List<LessonLength> lengths = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      lengths.add(next.lesson(CoreHarness.user("alice"), advanced).orElseThrow().length());
    }

    assertThat(lengths).contains(LessonLength.DEEP_DIVE, LessonLength.STANDARD);
  }

  @Test
  void aRoleTrackOffersOnlyItemsWrittenForThatRole() {
    Track managers = new Track(List.of(), List.of(), null, List.of(Role.MANAGERS));
    Set<String> offered = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      next.scenario(CoreHarness.user("alice"), managers, harness.clock.instant())
          .ifPresent(s -> offered.add(s.id()));
    }

    assertThat(offered).hasSizeGreaterThanOrEqualTo(12);
    assertThat(offered)
        .allSatisfy(id ->
            assertThat(
                    harness.bot.context().curriculum().scenario(id).orElseThrow().tags().audience())
                .contains(Role.MANAGERS));
  }

  @Test
  void anEmptyTrackOffersNothing() {
    Track nothing = new Track(List.of(), List.of("no-such-topic"), null);

    assertThat(next.lesson(CoreHarness.user("alice"), nothing)).isEmpty();
  }
}
