package org.allybot.core.poll;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.allybot.content.Scenario;
import org.allybot.content.ScenarioOption;
import org.allybot.content.ScenarioStep;
import org.allybot.content.Sense;
import org.allybot.content.Verdict;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/** Renders a scenario step as a poll, and an answer as feedback with the group's results. */
public final class PollMessages {
  /** The action of a poll option; its value is {@link PollChoice#encode()}. */
  public static final String ANSWER = "poll.answer";

  /** Results show only once this many members answered. */
  public static final int MIN_GROUP = 5;

  private PollMessages() {}

  public static Message poll(Scenario scenario, ScenarioStep step, String campaignId) {
    return new Message(
        "What would you do? " + scenario.title(),
        List.of(
            new Block.Header("What would you do? " + scenario.title()),
            new Block.Text(step.situation()),
            new Block.Choices(options(scenario, step, campaignId), null),
            new Block.Context(
                senses(scenario)
                    + " · Your answer is private. Group results show once "
                    + MIN_GROUP
                    + " people have answered.")));
  }

  public static Message feedback(
      Scenario scenario, ScenarioStep step, PollChoice choice, Map<String, Long> distribution) {
    ScenarioOption option = step.option(choice.optionId()).orElseThrow();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header("What would you do? " + scenario.title()));
    blocks.add(new Block.Text(step.situation()));
    blocks.add(new Block.Choices(options(scenario, step, choice.campaignId()), choice.encode()));
    blocks.add(new Block.Divider());
    blocks.add(
        new Block.Text("*You chose:* " + option.label() + " — " + verdict(option.verdict())));
    blocks.add(new Block.Text(option.feedback()));
    blocks.add(new Block.Text("*Takeaway:* " + step.takeaway()));
    blocks.add(new Block.Text(results(step, distribution)));
    blocks.add(
        new Block.Context(
            senses(scenario) + " · You can change your answer: pick another option."));
    return new Message("You chose: " + option.label(), blocks);
  }

  static String results(ScenarioStep step, Map<String, Long> distribution) {
    long total = distribution.values().stream().mapToLong(Long::longValue).sum();
    if (total < MIN_GROUP) {
      return "*How others answered:* not enough responses yet (results show from "
          + MIN_GROUP
          + ").";
    }
    String lines =
        step.options().stream()
            .map(o ->
                "• "
                    + o.label()
                    + ": "
                    + Math.round(100.0 * distribution.getOrDefault(o.id(), 0L) / total)
                    + "%")
            .collect(Collectors.joining("\n"));
    return "*How others answered* (" + total + " answers):\n" + lines;
  }

  static String verdict(Verdict verdict) {
    return switch (verdict) {
      case STRONG -> "a strong choice.";
      case REASONABLE -> "a reasonable choice.";
      case RISKY -> "a risky choice.";
    };
  }

  static String senses(Scenario scenario) {
    return "Practises: "
        + scenario.tags().senses().stream().map(Sense::title).collect(Collectors.joining(", "));
  }

  private static List<Button> options(Scenario scenario, ScenarioStep step, String campaignId) {
    return step.options().stream()
        .map(o ->
            Button.of(
                o.label(),
                ANSWER,
                new PollChoice(campaignId, scenario.id(), step.id(), o.id()).encode()))
        .toList();
  }
}
