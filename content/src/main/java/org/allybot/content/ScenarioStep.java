package org.allybot.content;

import java.util.List;
import java.util.Optional;

/** A situation with its options; a scenario's opening step or one of its follow-ups. */
public record ScenarioStep(
    String id, String situation, List<ScenarioOption> options, String takeaway) {
  public ScenarioStep {
    options = List.copyOf(options);
  }

  public Optional<ScenarioOption> option(String optionId) {
    return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
  }
}
