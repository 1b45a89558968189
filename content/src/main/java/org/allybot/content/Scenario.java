package org.allybot.content;

import java.util.List;
import java.util.Optional;

/** A "what would you do?" scenario poll; branching when it has follow-up steps. */
public record Scenario(
    String id,
    int version,
    String title,
    Tags tags,
    Setting setting,
    ScenarioStep opening,
    List<ScenarioStep> steps) {

  /** The id of the opening step; follow-up steps have their own ids. */
  public static final String OPENING = "start";

  public Scenario {
    steps = List.copyOf(steps);
  }

  public boolean isBranching() {
    return !steps.isEmpty();
  }

  public Optional<ScenarioStep> step(String stepId) {
    if (OPENING.equals(stepId)) {
      return Optional.of(opening);
    }
    return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
  }
}
