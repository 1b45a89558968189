package org.allybot.core.language;

import java.util.List;
import java.util.Optional;
import org.allybot.content.Curriculum;
import org.allybot.content.DigestTemplate;
import org.allybot.content.Lesson;
import org.allybot.content.Localized;
import org.allybot.content.Recall;
import org.allybot.content.Scenario;
import org.allybot.content.ScenarioOption;
import org.allybot.content.ScenarioStep;
import org.allybot.content.Survey;
import org.allybot.content.SurveyQuestion;

/**
 * The pack's items in a member's language: the translation, or the English marked as a fallback;
 * for the pseudo-locale, the English run through {@link PseudoLocale}, so render tests see pack
 * texts 40% longer too. Ids, verdicts and branches never change.
 */
public final class LocalContent {
  private LocalContent() {}

  public static Optional<Localized<Scenario>> scenario(
      Curriculum curriculum, String id, Language language) {
    if (language == Language.EN_XA) {
      return curriculum.scenario(id).map(s -> new Localized<>(pseudo(s), false));
    }
    return curriculum.scenario(id, language.tag());
  }

  public static Optional<Localized<Lesson>> lesson(
      Curriculum curriculum, String id, Language language) {
    if (language == Language.EN_XA) {
      return curriculum.lesson(id).map(l -> new Localized<>(pseudo(l), false));
    }
    return curriculum.lesson(id, language.tag());
  }

  public static Optional<Localized<Survey>> survey(
      Curriculum curriculum, String id, Language language) {
    if (language == Language.EN_XA) {
      return curriculum.survey(id).map(s -> new Localized<>(pseudo(s), false));
    }
    return curriculum.survey(id, language.tag());
  }

  public static Optional<Localized<DigestTemplate>> digestTemplate(
      Curriculum curriculum, String id, Language language) {
    if (language == Language.EN_XA) { // its {placeholders} must stay as they are
      return curriculum.digestTemplate(id).map(t -> new Localized<>(t, false));
    }
    return curriculum.digestTemplate(id, language.tag());
  }

  private static Survey pseudo(Survey s) {
    List<SurveyQuestion> questions =
        s.questions().stream()
            .map(q ->
                new SurveyQuestion(
                    q.id(),
                    q.type(),
                    p(q.prompt()),
                    q.choices().stream().map(LocalContent::p).toList()))
            .toList();
    return new Survey(s.id(), p(s.title()), p(s.intro()), s.repeats(), questions);
  }

  private static Scenario pseudo(Scenario s) {
    return new Scenario(
        s.id(),
        s.version(),
        p(s.title()),
        s.tags(),
        s.setting(),
        pseudo(s.opening()),
        s.steps().stream().map(LocalContent::pseudo).toList());
  }

  private static ScenarioStep pseudo(ScenarioStep step) {
    List<ScenarioOption> options =
        step.options().stream()
            .map(o ->
                new ScenarioOption(
                    o.id(), p(o.label()), p(o.text()), o.verdict(), p(o.feedback()), o.next()))
            .toList();
    return new ScenarioStep(step.id(), p(step.situation()), options, p(step.takeaway()));
  }

  private static Lesson pseudo(Lesson l) {
    Recall recall =
        l.recall().isPresent()
            ? new Recall(p(l.recall().question()), p(l.recall().answer()))
            : l.recall();
    return new Lesson(
        l.id(),
        l.version(),
        p(l.title()),
        l.tags(),
        l.length(),
        p(l.body()),
        p(l.tryThis()),
        p(l.deeper()),
        l.sources(),
        recall);
  }

  private static String p(String text) {
    return PseudoLocale.of(text);
  }
}
