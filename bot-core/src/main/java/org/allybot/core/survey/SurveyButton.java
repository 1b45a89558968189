package org.allybot.core.survey;

import java.util.Optional;

/**
 * What a survey button (or a free-text form's id) carries: the campaign, round and question, and
 * the answer pressed ({@code 1}-{@code 5}, {@code c0}... for a choice, {@code skip}; empty for the
 * "write my answer" button).
 */
record SurveyButton(String campaignId, SurveyRound round, String questionId, String answer) {
  static final String SKIP = "skip";

  String encode() {
    return String.join("|", campaignId, round.id(), questionId, answer);
  }

  static Optional<SurveyButton> decode(String value) {
    String[] parts = value == null ? new String[0] : value.split("\\|", -1);
    if (parts.length != 4 || parts[0].isEmpty() || parts[2].isEmpty() || value.length() > 300) {
      return Optional.empty();
    }
    return SurveyRound.byId(parts[1])
        .map(round -> new SurveyButton(parts[0], round, parts[2], parts[3]));
  }
}
