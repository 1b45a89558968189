package org.allybot.core.digest;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.allybot.content.Curriculum;
import org.allybot.content.Localized;
import org.allybot.content.Scenario;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.community.FeaturedThread;
import org.allybot.core.language.Language;
import org.allybot.core.language.LocalContent;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.poll.PollAnswers;
import org.allybot.core.practice.GroupFigures;
import org.allybot.core.practice.WeeklyLog;
import org.allybot.core.practice.Weeks;
import org.allybot.core.recognition.RecognitionDigest;

/**
 * Builds a campaign's weekly digest in one language (a channel's, or a member's): lessons, poll
 * results (groups of 5+), a community thread its asker allowed to be featured, participation. The
 * wording comes from the pack's digest templates in that language, item by item, else English.
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

  public Message compose(Campaign c, LocalDate day, long membersTakingPart, Language language) {
    WeeklyLog.Week week = weeks.read(c.workspace(), c.id(), Weeks.of(day));
    Wording words = new Wording(Messages.in(language), language, day);
    List<Block> blocks = new ArrayList<>();
    String title = words.pick("headings", "week", words.say().date(day));
    blocks.add(
        new Block.Header(words.say().text("digest.title", "heading", title, "campaign", c.name())));
    blocks.add(new Block.Text(words.pick("intros")));
    List<String> lessonTitles =
        week.lessons().stream()
            .map(id -> LocalContent.lesson(curriculum, id, language))
            .flatMap(Optional::stream)
            .map(l -> l.item().title())
            .sorted()
            .toList();
    if (!lessonTitles.isEmpty()) {
      blocks.add(section(words.pick("lessons-heading"), bullets(lessonTitles)));
    }
    List<String> results = new ArrayList<>();
    for (String id : week.polls().stream().sorted().toList()) {
      LocalContent.scenario(curriculum, id, language)
          .map(Localized::item)
          .ifPresent(s -> results.add(result(c, s, words)));
    }
    if (!results.isEmpty()) {
      blocks.add(section(words.pick("polls-heading"), String.join("\n", results)));
    }
    community.block(words.say(), c.workspace(), day).ifPresent(blocks::add);
    recognition.block(c.workspace(), day, c.digestChannel()).ifPresent(blocks::add);
    String line =
        words.pick(
            "participation-line",
            "count",
            members(words.say(), week.activeMembers()),
            "total",
            words.say().number(membersTakingPart));
    blocks.add(section(words.pick("participation-heading"), line));
    blocks.add(new Block.Context(words.pick("closings")));
    return new Message(title, blocks);
  }

  private static Block section(String heading, String body) {
    return new Block.Text("*" + heading + "*\n" + body);
  }

  private static String bullets(List<String> lines) {
    return lines.stream().map(t -> "• " + t).collect(Collectors.joining("\n"));
  }

  /** A count shown only from the minimum group size up, as {@link GroupFigures#count} does. */
  private static String members(Messages say, long n) {
    return n >= GroupFigures.MIN_GROUP
        ? say.number(n)
        : say.text("digest.few-members", "min", GroupFigures.MIN_GROUP);
  }

  private String result(Campaign c, Scenario s, Wording words) {
    Map<String, Long> counts =
        answers.distribution(new UserRef(c.workspace(), "-"), s.id() + "/" + Scenario.OPENING);
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    Messages say = words.say();
    String shares =
        total < GroupFigures.MIN_GROUP
            ? words.pick("not-enough")
            : s.opening().options().stream()
                .map(o ->
                    say.text(
                        "digest.share",
                        "label",
                        o.label(),
                        "share",
                        Math.round(100.0 * counts.getOrDefault(o.id(), 0L) / total) / 100.0))
                .collect(Collectors.joining(", "));
    return say.text("digest.result", "title", s.title(), "shares", shares);
  }

  /** The week's wording: one variant of each template, the same all week, in one language. */
  private final class Wording {
    private final Messages say;
    private final Language language;
    private final long seed;

    Wording(Messages say, Language language, LocalDate day) {
      this.say = say;
      this.language = language;
      this.seed =
          day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + 53L * day.get(IsoFields.WEEK_BASED_YEAR);
    }

    Messages say() {
      return say;
    }

    /** The template's variant with its {placeholders} filled, or the bundle's default. */
    String pick(String template, String... nameValues) {
      Optional<String> picked =
          LocalContent.digestTemplate(curriculum, template, language).map(t -> t.item().pick(seed));
      if (picked.isEmpty()) {
        return say.text("digest.default." + template, (Object[]) nameValues);
      }
      String text = picked.get();
      for (int i = 0; i + 1 < nameValues.length; i += 2) {
        text = text.replace("{" + nameValues[i] + "}", nameValues[i + 1]);
      }
      return language == Language.EN_XA ? org.allybot.core.language.PseudoLocale.of(text) : text;
    }
  }
}
