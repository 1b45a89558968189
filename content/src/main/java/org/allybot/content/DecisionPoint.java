package org.allybot.content;

import java.util.Comparator;

/** One step of a scenario where the learner chooses, with where it was read. */
record DecisionPoint(String scenarioId, ScenarioStep step, PackBuilder.Location where) {

  String name() {
    return Scenario.OPENING.equals(step.id()) ? scenarioId : scenarioId + "/" + step.id();
  }

  int shortest() {
    return step.options().stream().mapToInt(o -> o.text().length()).min().orElse(0);
  }

  int longest() {
    return step.options().stream().mapToInt(o -> o.text().length()).max().orElse(0);
  }

  /** True when the single longest option is a strong one: a tell for guessers. */
  boolean strongIsLongest() {
    return step.options().stream()
        .max(Comparator.comparingInt(o -> o.text().length()))
        .map(o -> o.verdict() == Verdict.STRONG)
        .orElse(false);
  }

  long strongOptions() {
    return step.options().stream().filter(o -> o.verdict() == Verdict.STRONG).count();
  }
}
