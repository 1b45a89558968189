package org.allybot.content;

import java.util.List;

/**
 * A survey instrument, such as the baseline asked before a campaign. A survey that {@code repeats}
 * another (empty if none) asks that survey's questions first, unchanged, so that answers to the two
 * can be compared; {@code questions} already holds them.
 */
public record Survey(
    String id, String title, String intro, String repeats, List<SurveyQuestion> questions) {
  /** The baseline's choice question whose "yes" share is the ally KPI the reports compare. */
  public static final String ALLY_ITEM = "have-an-ally";

  /** The ally question's choice that counts towards the KPI. */
  public static final String ALLY_YES = "yes";

  public Survey {
    questions = List.copyOf(questions);
  }

  public java.util.Optional<SurveyQuestion> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }
}
