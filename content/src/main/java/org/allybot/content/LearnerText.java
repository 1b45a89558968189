package org.allybot.content;

import java.util.ArrayList;
import java.util.List;

/** Everything a learner reads in the lessons and scenarios, as one text. */
final class LearnerText {
  private LearnerText() {}

  static String of(Curriculum curriculum) {
    List<String> parts = new ArrayList<>();
    for (Lesson l : curriculum.lessons()) {
      parts.add(l.body());
      parts.add(l.tryThis());
      parts.add(l.deeper());
      parts.add(l.recall().question());
      parts.add(l.recall().answer());
    }
    for (Scenario s : curriculum.scenarios()) {
      List<ScenarioStep> steps = new ArrayList<>(List.of(s.opening()));
      steps.addAll(s.steps());
      for (ScenarioStep step : steps) {
        parts.add(step.situation());
        parts.add(step.takeaway());
        step.options()
            .forEach(o -> {
              parts.add(o.text());
              parts.add(o.feedback());
            });
      }
    }
    return String.join("\n", parts.stream().filter(p -> !p.isBlank()).toList());
  }
}
