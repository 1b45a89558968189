package org.allybot.core.digest;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.allybot.content.Curriculum;
import org.allybot.content.Lesson;
import org.allybot.content.Scenario;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.community.FeaturedThread;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.poll.PollAnswers;
import org.allybot.core.practice.GroupFigures;
import org.allybot.core.practice.WeeklyLog;
import org.allybot.core.practice.Weeks;
import org.allybot.core.recognition.RecognitionDigest;

/**
 * Builds a campaign's weekly digest: lessons, poll results (groups of 5+), a community thread its
 * asker allowed to be featured, participation.
 */
public final class DigestComposer {
  private final Curriculum curriculum;
  private final WeeklyLog weeks;
  private final PollAnswers answers;
  private final FeaturedThread community;
  private final RecognitionDigest recognition;

  public DigestComposer(
      Curriculum curriculum,
      WeeklyLog weeks,
      PollAnswers answers,
      FeaturedThread community,
      RecognitionDigest recognition) {
    this.curriculum = curriculum;
    this.weeks = weeks;
    this.answers = answers;
    this.community = community;
    this.recognition = recognition;
  }

  public Message compose(Campaign c, LocalDate day, long membersTakingPart) {
    WeeklyLog.Week week = weeks.read(c.workspace(), c.id(), Weeks.of(day));
    long seed =
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + 53L * day.get(IsoFields.WEEK_BASED_YEAR);
    List<Block> blocks = new ArrayList<>();
    String title =
        pick("headings", seed, "Your allyship week, {week}").replace("{week}", day.toString());
    blocks.add(new Block.Header(title + " · " + c.name()));
    blocks.add(new Block.Text(pick("intros", seed, "Here is the week in allyship practice.")));
    List<String> lessonTitles =
        week.lessons().stream()
            .map(curriculum::lesson)
            .flatMap(java.util.Optional::stream)
            .map(Lesson::title)
            .sorted()
            .toList();
    if (!lessonTitles.isEmpty()) {
      blocks.add(
          new Block.Text(
              "*"
                  + pick("lessons-heading", seed, "This week's lessons")
                  + "*\n"
                  + lessonTitles.stream().map(t -> "• " + t).collect(Collectors.joining("\n"))));
    }
    List<String> results = new ArrayList<>();
    for (String id : week.polls().stream().sorted().toList()) {
      curriculum.scenario(id).ifPresent(s -> results.add(result(c, s, seed)));
    }
    if (!results.isEmpty()) {
      blocks.add(
          new Block.Text(
              "*"
                  + pick("polls-heading", seed, "Poll results")
                  + "*\n"
                  + String.join("\n", results)));
    }
    community.block(c.workspace(), day).ifPresent(blocks::add);
    recognition.block(c.workspace(), day, c.digestChannel()).ifPresent(blocks::add);
    String line =
        pick("participation-line", seed, "{count} of {total} members practised this week.")
            .replace("{count}", GroupFigures.count(week.activeMembers()))
            .replace("{total}", Long.toString(membersTakingPart));
    blocks.add(
        new Block.Text("*" + pick("participation-heading", seed, "Taking part") + "*\n" + line));
    blocks.add(new Block.Context(pick("closings", seed, "Try one small thing next week.")));
    return new Message(title, blocks);
  }

  private String result(Campaign c, Scenario s, long seed) {
    Map<String, Long> counts =
        answers.distribution(new UserRef(c.workspace(), "-"), s.id() + "/" + Scenario.OPENING);
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    if (total < GroupFigures.MIN_GROUP) {
      return "• " + s.title() + ": " + pick("not-enough", seed, "Not enough answers yet to share.");
    }
    return "• "
        + s.title()
        + ": "
        + s.opening().options().stream()
            .map(o ->
                o.label() + " " + Math.round(100.0 * counts.getOrDefault(o.id(), 0L) / total) + "%")
            .collect(Collectors.joining(", "));
  }

  private String pick(String template, long seed, String fallback) {
    return curriculum.digestTemplate(template).map(t -> t.pick(seed)).orElse(fallback);
  }
}
