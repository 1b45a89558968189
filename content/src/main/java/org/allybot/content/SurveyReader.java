package org.allybot.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads one survey instrument and checks its questions. */
final class SurveyReader {
  private SurveyReader() {}

  static void read(YamlItem item, PackBuilder pack) {
    String id = TagsReader.id(item);
    String title = TagsReader.title(item);
    String intro = item.optionalText("intro");
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
    if ("baseline".equals(id) && (questions.size() < 6 || questions.size() > 10)) {
      item.problem(
          "questions", "the baseline survey needs 6-10 questions, not " + questions.size());
    }
    pack.surveys.put(id, new Survey(id, title, intro, questions));
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
    if (type == SurveyQuestion.Type.CHOICE && choices.size() < 2) {
      item.problem("choices", "a choice question needs at least 2 'choices'");
    }
    return new SurveyQuestion(id, type, prompt, choices);
  }
}
