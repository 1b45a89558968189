package org.allybot.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scenario's translation merged over the English: steps and options are matched by id, in the
 * English order; verdicts and where each option leads stay the English ones.
 */
final class TranslatedScenario {
  /** Buttons: Slack cuts a button at 75 characters. */
  static final int MAX_LABEL = 75;

  private TranslatedScenario() {}

  static Optional<Scenario> of(Scenario en, YamlItem t) {
    String title = t.text("title");
    if (title.length() > MAX_LABEL + 25) {
      t.problem("title", "'title' must be at most 100 characters, not " + title.length());
    }
    Optional<ScenarioStep> opening = step(en.opening(), t, 40);
    List<YamlItem> stepItems = t.items("steps");
    List<String> want = en.steps().stream().map(ScenarioStep::id).toList();
    List<String> got = stepItems.stream().map(s -> s.optionalText("id")).toList();
    if (!want.equals(got)) {
      t.problem("steps", "steps must be " + want + " in this order, as in English; not " + got);
      return Optional.empty();
    }
    List<ScenarioStep> steps = new ArrayList<>();
    for (int i = 0; i < want.size(); i++) {
      Optional<ScenarioStep> step = step(en.steps().get(i), stepItems.get(i), 10);
      if (step.isEmpty()) {
        return Optional.empty();
      }
      steps.add(step.get());
    }
    Optional<Scenario> merged =
        opening.map(
            o -> new Scenario(en.id(), en.version(), title, en.tags(), en.setting(), o, steps));
    merged.ifPresent(s -> TranslationReader.samePlaceholders(t, "situation", text(en), text(s)));
    return merged;
  }

  private static Optional<ScenarioStep> step(ScenarioStep en, YamlItem t, int minWords) {
    List<YamlItem> items = t.items("options");
    List<String> want = en.options().stream().map(ScenarioOption::id).toList();
    List<String> got = items.stream().map(o -> o.optionalText("id")).toList();
    if (!want.equals(got)) {
      t.problem("options", "options must be " + want + " in this order, as in English; not " + got);
      return Optional.empty();
    }
    String situation = t.text("situation");
    TranslationReader.words(t, "situation", situation, minWords, 120);
    String takeaway = t.text("takeaway");
    TranslationReader.words(t, "takeaway", takeaway, 8, 50);
    List<ScenarioOption> options = new ArrayList<>();
    for (int i = 0; i < want.size(); i++) {
      options.add(option(en.options().get(i), items.get(i)));
    }
    return Optional.of(new ScenarioStep(en.id(), situation, options, takeaway));
  }

  private static ScenarioOption option(ScenarioOption en, YamlItem t) {
    String label = t.text("label");
    if (label.isEmpty() || label.length() > MAX_LABEL) {
      t.problem("label", "'label' must be 1-" + MAX_LABEL + " characters, not " + label.length());
    }
    String text = t.text("text");
    TranslationReader.words(t, "text", text, 5, 60);
    String feedback = t.text("feedback");
    TranslationReader.words(t, "feedback", feedback, 30, 90);
    return new ScenarioOption(en.id(), label, text, en.verdict(), feedback, en.next());
  }

  private static String text(Scenario s) {
    StringBuilder all = new StringBuilder(s.title());
    List<ScenarioStep> steps = new ArrayList<>(List.of(s.opening()));
    steps.addAll(s.steps());
    for (ScenarioStep step : steps) {
      all.append('\n').append(step.situation()).append('\n').append(step.takeaway());
      step.options()
          .forEach(o -> all.append('\n').append(o.label()).append(o.text()).append(o.feedback()));
    }
    return all.toString();
  }
}
