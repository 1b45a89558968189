package org.allybot.core.language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.content.ContentLoader;
import org.allybot.content.Curriculum;
import org.allybot.content.Lesson;
import org.allybot.content.Localized;
import org.allybot.content.Scenario;
import org.allybot.core.command.HelpText;
import org.allybot.core.lesson.LessonMessages;
import org.allybot.core.lesson.RecallMessages;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.poll.PollMessages;

/**
 * Every message of the member's path that the bundles hold, rendered in one language from the
 * built-in pack, for the adapters' render tests (the pseudo-locale's limits, the Spanish texts).
 */
public final class SampleMessages {
  public static final Curriculum CURRICULUM = ContentLoader.builtIn().curriculum();

  private SampleMessages() {}

  /** The longest scenario (by every text it shows), so the limits are tried at their hardest. */
  public static Scenario longestScenario() {
    return CURRICULUM.scenarios().stream()
        .max(
            java.util.Comparator.comparingInt(s ->
                s.opening().situation().length()
                    + s.opening().options().stream()
                        .mapToInt(o -> o.label().length() + o.feedback().length())
                        .sum()))
        .orElseThrow();
  }

  public static Lesson longestLesson() {
    return CURRICULUM.lessons().stream()
        .max(java.util.Comparator.comparingInt(l -> l.body().length()))
        .orElseThrow();
  }

  public static List<Message> all(Language language) {
    Messages say = Messages.in(language);
    Localized<Scenario> scenario =
        LocalContent.scenario(CURRICULUM, longestScenario().id(), language).orElseThrow();
    Localized<Lesson> lesson =
        LocalContent.lesson(CURRICULUM, longestLesson().id(), language).orElseThrow();
    Scenario s = scenario.item();
    var option = s.opening().options().getFirst();
    List<Message> all = new ArrayList<>();
    all.add(PollMessages.poll(say, scenario, s.opening(), "pilot"));
    all.add(
        PollMessages.feedback(
            say,
            scenario,
            s.opening(),
            new PollChoice("pilot", s.id(), s.opening().id(), option.id()),
            Map.of(option.id(), 7L, s.opening().options().get(1).id(), 3L)));
    all.add(LessonMessages.lesson(say, lesson, "pilot"));
    all.add(LessonMessages.deeper(say, lesson.item()));
    all.add(LessonMessages.committed(say, lesson.item(), LocalDate.of(2026, 12, 14)));
    all.add(LessonMessages.checkIn(say, lesson.item(), "pilot"));
    all.add(RecallMessages.question(say, lesson.item(), "pilot"));
    all.add(MemberDirectory.introduction(say, "https://allybot.example.org/privacy"));
    all.add(HelpText.help(say, true, List.of()));
    return all;
  }

  /** A form whose title is in the language: the modal title limit is the tightest there is. */
  public static Block.Form form(Language language) {
    Messages say = Messages.in(language);
    return new Block.Form(
        "sample",
        say.text("recall.header") + " · " + say.text("help.summary"),
        List.of(
            new Block.Field(
                "answer",
                say.text("recall.intro", "title", longestLesson().title()),
                Block.FieldType.LONG_TEXT,
                true,
                3000,
                List.of(),
                "")),
        say.text("lesson.try"));
  }
}
