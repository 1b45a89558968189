package org.allybot.content;

import java.util.List;

/** One survey question: a 1-5 Likert statement, a choice, or free text. */
public record SurveyQuestion(String id, Type type, String prompt, List<String> choices) {
  public SurveyQuestion {
    choices = List.copyOf(choices);
  }

  /** The kinds of answer a question takes. */
  public enum Type {
    LIKERT,
    CHOICE,
    TEXT
  }
}
