package org.allybot.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A survey's translation merged over the English: questions matched by id in the English order,
 * choices the same number and order as the English ones (the stored answer stays English).
 */
final class TranslatedSurvey {
  private TranslatedSurvey() {}

  static Optional<Survey> of(Survey en, YamlItem t) {
    List<YamlItem> items = t.items("questions");
    List<String> want = en.questions().stream().map(SurveyQuestion::id).toList();
    List<String> got = items.stream().map(q -> q.optionalText("id")).toList();
    if (!want.equals(got)) {
      t.problem(
          "questions", "questions must be " + want + " in this order, as in English; not " + got);
      return Optional.empty();
    }
    List<SurveyQuestion> questions = new ArrayList<>();
    for (int i = 0; i < want.size(); i++) {
      questions.add(question(en.questions().get(i), items.get(i)));
    }
    String intro = en.intro().isEmpty() ? "" : t.text("intro");
    return Optional.of(new Survey(en.id(), t.text("title"), intro, en.repeats(), questions));
  }

  private static SurveyQuestion question(SurveyQuestion en, YamlItem t) {
    String prompt = t.text("prompt");
    TranslationReader.words(t, "prompt", prompt, 3, 40);
    List<String> choices = en.choices().isEmpty() ? List.of() : t.texts("choices");
    if (choices.size() != en.choices().size()) {
      t.problem(
          "choices",
          "needs " + en.choices().size() + " choices in the English order, not " + choices.size());
      choices = en.choices();
    }
    for (String c : choices) {
      if (c.isBlank() || c.length() > SurveyReader.MAX_CHOICE_CHARS) {
        t.problem("choices", "a choice must be 1-" + SurveyReader.MAX_CHOICE_CHARS + " characters");
      }
    }
    return new SurveyQuestion(en.id(), en.type(), prompt, choices);
  }

  /** A translated survey that repeats another starts with that one's translated questions. */
  static void link(PackBuilder pack) {
    for (TranslationBuilder t : pack.translations.values()) {
      java.util.Map<String, Survey> read = java.util.Map.copyOf(t.surveys);
      for (Survey s : read.values()) {
        Survey repeated = read.getOrDefault(s.repeats(), pack.surveys.get(s.repeats()));
        if (s.repeats().isEmpty() || repeated == null) {
          continue;
        }
        List<SurveyQuestion> questions = new ArrayList<>(repeated.questions());
        questions.addAll(s.questions());
        t.surveys.put(s.id(), new Survey(s.id(), s.title(), s.intro(), s.repeats(), questions));
      }
    }
  }
}
