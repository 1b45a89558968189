package org.allybot.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads one scenario, its options and follow-up steps, and checks the scenario rules. */
final class ScenarioReader {
  private static final String OPTION_IDS = "abcd";

  private ScenarioReader() {}

  static void read(YamlItem item, PackBuilder pack) {
    String id = TagsReader.id(item);
    int version = TagsReader.version(item);
    String title = TagsReader.title(item);
    Tags tags = TagsReader.tags(item, pack, 5);
    Setting setting = setting(item);
    ScenarioStep opening = step(item, Scenario.OPENING, 40);
    List<ScenarioStep> steps = new ArrayList<>();
    List<YamlItem> stepItems = item.items("steps");
    for (YamlItem stepItem : stepItems) {
      String stepId = TagsReader.id(stepItem);
      steps.add(step(stepItem, stepId, 10));
    }
    checkBranches(item, opening, steps);
    if (!id.isEmpty() && pack.claimItemId(id, item)) {
      pack.scenarios.put(id, new Scenario(id, version, title, tags, setting, opening, steps));
      pack.decisionPoints.add(new DecisionPoint(id, opening, where(item, "options")));
      for (int i = 0; i < steps.size(); i++) {
        pack.decisionPoints.add(
            new DecisionPoint(id, steps.get(i), where(stepItems.get(i), "options")));
      }
      Cast.read(item, id, text(opening, steps), pack);
    }
  }

  private static PackBuilder.Location where(YamlItem item, String key) {
    return new PackBuilder.Location(item.file(), item.line(key));
  }

  /** Everything a learner reads in the scenario, for the name and similarity checks. */
  private static String text(ScenarioStep opening, List<ScenarioStep> steps) {
    StringBuilder all = new StringBuilder();
    for (ScenarioStep step : concat(opening, steps)) {
      all.append(step.situation()).append('\n').append(step.takeaway()).append('\n');
      for (ScenarioOption option : step.options()) {
        all.append(option.label()).append('\n').append(option.text()).append('\n');
        all.append(option.feedback()).append('\n');
      }
    }
    return all.toString();
  }

  private static List<ScenarioStep> concat(ScenarioStep opening, List<ScenarioStep> steps) {
    List<ScenarioStep> all = new ArrayList<>(List.of(opening));
    all.addAll(steps);
    return all;
  }

  /** Where the scenario happens; without a {@code setting} field, an office. */
  private static Setting setting(YamlItem item) {
    if (!item.has("setting")) {
      return Setting.OFFICE;
    }
    String raw = item.text("setting");
    return Setting.byId(raw)
        .orElseGet(() -> {
          item.problem("setting", "unknown setting '" + raw + "'; use one of " + Setting.known());
          return Setting.OFFICE;
        });
  }

  private static ScenarioStep step(YamlItem item, String stepId, int minSituationWords) {
    String situation = item.text("situation");
    item.checkWords("situation", situation, minSituationWords, 120);
    String takeaway = item.text("takeaway");
    item.checkWords("takeaway", takeaway, 8, 50);
    List<YamlItem> optionItems = item.items("options");
    if (optionItems.size() < 3 || optionItems.size() > 4) {
      item.problem("options", "needs 3 or 4 options, not " + optionItems.size());
    }
    List<ScenarioOption> options = new ArrayList<>();
    for (int i = 0; i < optionItems.size(); i++) {
      options.add(option(optionItems.get(i), i));
    }
    if (!options.isEmpty() && options.stream().noneMatch(o -> o.verdict() == Verdict.STRONG)) {
      item.problem("options", "needs at least one option with verdict 'strong'");
    }
    return new ScenarioStep(stepId, situation, options, takeaway);
  }

  private static ScenarioOption option(YamlItem item, int index) {
    String expectedId = index < OPTION_IDS.length() ? OPTION_IDS.substring(index, index + 1) : "?";
    String id = item.text("id");
    if (!id.equals(expectedId)) {
      item.problem(
          "id", "option " + (index + 1) + " must have id '" + expectedId + "', not '" + id + "'");
    }
    String label = item.text("label");
    if (label.isEmpty() || label.length() > 60) {
      item.problem("label", "'label' must be 1-60 characters, not " + label.length());
    }
    String text = item.text("text");
    item.checkWords("text", text, 5, 60);
    String feedback = item.text("feedback");
    item.checkWords("feedback", feedback, 30, 90);
    String verdict = item.text("verdict");
    Verdict parsed =
        Verdict.byId(verdict)
            .orElseGet(() -> {
              item.problem(
                  "verdict", "unknown verdict '" + verdict + "'; use strong, reasonable or risky");
              return Verdict.REASONABLE;
            });
    return new ScenarioOption(id, label, text, parsed, feedback, item.optionalText("next"));
  }

  /** Every 'next' names a step, every step is reachable, and no path loops. */
  private static void checkBranches(YamlItem item, ScenarioStep opening, List<ScenarioStep> steps) {
    Map<String, ScenarioStep> byId =
        steps.stream()
            .collect(Collectors.toMap(ScenarioStep::id, Function.identity(), (a, b) -> a));
    if (byId.size() != steps.size()) {
      item.problem("steps", "step ids must be unique within a scenario");
    }
    Set<String> reached = new HashSet<>();
    walk(item, opening, byId, reached, new HashSet<>());
    for (ScenarioStep step : steps) {
      if (!reached.contains(step.id())) {
        item.problem("steps", "step '" + step.id() + "' is never reached by any option's 'next'");
      }
    }
  }

  private static void walk(
      YamlItem item,
      ScenarioStep step,
      Map<String, ScenarioStep> steps,
      Set<String> reached,
      Set<String> onPath) {
    onPath.add(step.id());
    for (ScenarioOption option : step.options()) {
      if (!option.hasNext()) {
        continue;
      }
      ScenarioStep next = steps.get(option.next());
      if (next == null) {
        item.problem(
            "steps",
            "option '"
                + option.id()
                + "' of step '"
                + step.id()
                + "' leads to unknown step '"
                + option.next()
                + "'");
      } else if (onPath.contains(next.id())) {
        item.problem("steps", "step '" + next.id() + "' leads back to itself");
      } else if (reached.add(next.id())) {
        walk(item, next, steps, reached, onPath);
      }
    }
    onPath.remove(step.id());
  }
}
