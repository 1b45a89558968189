package org.allybot.core.poll;

import java.util.Optional;

/** What a poll button carries: the campaign (may be empty), scenario, step and option. */
public record PollChoice(String campaignId, String scenarioId, String stepId, String optionId) {
  public String encode() {
    return String.join("|", campaignId, scenarioId, stepId, optionId);
  }

  public String pollKey() {
    return scenarioId + "/" + stepId;
  }

  public static Optional<PollChoice> decode(String value) {
    String[] parts = value == null ? new String[0] : value.split("\\|", -1);
    if (parts.length != 4 || parts[1].isEmpty() || parts[2].isEmpty() || parts[3].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PollChoice(parts[0], parts[1], parts[2], parts[3]));
  }
}
