package org.allybot.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads one survey instrument and checks its questions; {@link SurveyRepeats} links repeats. */
final class SurveyReader {
  /** Choices are buttons: short enough to read on a phone, few enough to fit one row. */
  static final int MAX_CHOICE_CHARS = 40;

  static final int MAX_CHOICES = 6;

  private SurveyReader() {}

  static void read(YamlItem item, PackBuilder pack) {
    String id = TagsReader.id(item);
    String title = TagsReader.title(item);
    String intro = item.optionalText("intro");
    String repeats = item.optionalText("repeats");
    List<SurveyQuestion> questions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlItem q : item.items("questions")) {
      SurveyQuestion question = question(q);
      if (!ids.add(question.id())) {
        q.problem("id", "duplicate question id '" + question.id() + "'");
      }
      questions.add(question);
    }
    if (questions.isEmpty()) {
      item.problem("questions", "a survey needs at least one question in 'questions'");
    }
    if ("baseline".equals(id)) {
      checkBaseline(item, questions);
    }
    pack.surveyLocations.put(
        id, new PackBuilder.Location(item.file(), item.line(repeats.isEmpty() ? "id" : "repeats")));
    pack.surveys.put(id, new Survey(id, title, intro, repeats, questions));
  }

  private static void checkBaseline(YamlItem item, List<SurveyQuestion> questions) {
    if (questions.size() < 6 || questions.size() > 10) {
      item.problem(
          "questions", "the baseline survey needs 6-10 questions, not " + questions.size());
    }
    boolean kpi =
        questions.stream()
            .anyMatch(q ->
                q.id().equals(Survey.ALLY_ITEM)
                    && q.type() == SurveyQuestion.Type.CHOICE
                    && q.choices().contains(Survey.ALLY_YES));
    if (!kpi) {
      item.problem(
          "questions",
          "the baseline survey needs the choice question '"
              + Survey.ALLY_ITEM
              + "' with a '"
              + Survey.ALLY_YES
              + "' choice: its share is the ally KPI that reports compare");
    }
  }

  private static SurveyQuestion question(YamlItem item) {
    String id = TagsReader.id(item);
    String rawType = item.text("type");
    SurveyQuestion.Type type = SurveyQuestion.Type.TEXT;
    try {
      type = SurveyQuestion.Type.valueOf(rawType.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      item.problem("type", "unknown question type '" + rawType + "'; use likert, choice or text");
    }
    String prompt = item.text("prompt");
    item.checkWords("prompt", prompt, 3, 40);
    List<String> choices = item.texts("choices");
    checkChoices(item, type, choices);
    return new SurveyQuestion(id, type, prompt, choices);
  }

  private static void checkChoices(YamlItem item, SurveyQuestion.Type type, List<String> choices) {
    if (type != SurveyQuestion.Type.CHOICE) {
      if (!choices.isEmpty()) {
        item.problem("choices", "only a choice question has 'choices'");
      }
      return;
    }
    if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
      item.problem(
          "choices",
          "a choice question needs 2-" + MAX_CHOICES + " 'choices', not " + choices.size());
    }
    if (new HashSet<>(choices).size() != choices.size()) {
      item.problem("choices", "a choice question's 'choices' must differ from each other");
    }
    for (String choice : choices) {
      if (choice.isBlank() || choice.length() > MAX_CHOICE_CHARS) {
        item.problem(
            "choices",
            "choice '" + choice + "' needs 1-" + MAX_CHOICE_CHARS + " characters: it is a button");
      }
    }
  }
}
