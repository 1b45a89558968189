package org.allybot.core.survey;

import java.util.Optional;
import org.allybot.content.SurveyQuestion;

/** Reads a pressed answer against its question: in range, of the question's type, or nothing. */
final class SurveyAnswerParser {
  private SurveyAnswerParser() {}

  static Optional<StoredAnswer> parse(SurveyQuestion question, String answer) {
    if (answer.equals(SurveyButton.SKIP)) {
      return Optional.of(StoredAnswer.SKIPPED);
    }
    return switch (question.type()) {
      case LIKERT -> number(answer, 1, 5).map(StoredAnswer::likert);
      case CHOICE ->
          answer.startsWith("c")
              ? number(answer.substring(1), 0, question.choices().size() - 1)
                  .map(StoredAnswer::choice)
              : Optional.empty();
      case TEXT -> Optional.empty();
    };
  }

  private static Optional<Integer> number(String text, int min, int max) {
    if (!text.matches("\\d{1,2}")) {
      return Optional.empty();
    }
    int n = Integer.parseInt(text);
    return n < min || n > max ? Optional.empty() : Optional.of(n);
  }
}
