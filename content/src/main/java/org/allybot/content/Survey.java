package org.allybot.content;

import java.util.List;

/** A survey instrument, such as the baseline asked before and after a campaign. */
public record Survey(String id, String title, String intro, List<SurveyQuestion> questions) {
  public Survey {
    questions = List.copyOf(questions);
  }
}
