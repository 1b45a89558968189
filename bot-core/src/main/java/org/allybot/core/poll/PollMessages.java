package org.allybot.core.poll;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.allybot.content.Localized;
import org.allybot.content.Scenario;
import org.allybot.content.ScenarioOption;
import org.allybot.content.ScenarioStep;
import org.allybot.content.Verdict;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * Renders a scenario step as a poll, and an answer as feedback with the group's results, in the
 * member's language. The buttons carry option ids, so answers in every language count together.
 */
public final class PollMessages {
  /** The action of a poll option; its value is {@link PollChoice#encode()}. */
  public static final String ANSWER = "poll.answer";

  /** Results show only once this many members answered. */
  public static final int MIN_GROUP = 5;

  private PollMessages() {}

  public static Message poll(
      Messages say, Localized<Scenario> localized, ScenarioStep step, String campaignId) {
    Scenario scenario = localized.item();
    String header = say.text("poll.header", "title", scenario.title());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(header));
    blocks.add(new Block.Text(step.situation()));
    blocks.add(new Block.Choices(options(scenario, step, campaignId), null, say.language().tag()));
    blocks.add(
        new Block.Context(
            say.text("poll.private", "practises", senses(say, scenario), "min", MIN_GROUP)));
    fallbackNote(say, localized, blocks);
    return new Message(header, blocks);
  }

  public static Message feedback(
      Messages say,
      Localized<Scenario> localized,
      ScenarioStep step,
      PollChoice choice,
      Map<String, Long> distribution) {
    Scenario scenario = localized.item();
    ScenarioOption option = step.option(choice.optionId()).orElseThrow();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(say.text("poll.header", "title", scenario.title())));
    blocks.add(new Block.Text(step.situation()));
    blocks.add(
        new Block.Choices(
            options(scenario, step, choice.campaignId()), choice.encode(), say.language().tag()));
    blocks.add(new Block.Divider());
    blocks.add(
        new Block.Text(
            say.text("poll.chose", "label", option.label(), "verdict", verdict(option.verdict()))));
    blocks.add(new Block.Text(option.feedback()));
    blocks.add(new Block.Text(say.text("poll.takeaway", "takeaway", step.takeaway())));
    blocks.add(new Block.Text(results(say, step, distribution)));
    blocks.add(new Block.Context(say.text("poll.change", "practises", senses(say, scenario))));
    fallbackNote(say, localized, blocks);
    return new Message(say.text("poll.chose.summary", "label", option.label()), blocks);
  }

  /** One distribution per step, whatever language each member answered in. */
  static String results(Messages say, ScenarioStep step, Map<String, Long> distribution) {
    long total = distribution.values().stream().mapToLong(Long::longValue).sum();
    if (total < MIN_GROUP) {
      return say.text("poll.results.few", "min", MIN_GROUP);
    }
    String lines =
        step.options().stream()
            .map(o ->
                say.text(
                    "poll.results.line",
                    "label",
                    o.label(),
                    "share",
                    Math.round(100.0 * distribution.getOrDefault(o.id(), 0L) / total) / 100.0))
            .collect(Collectors.joining("\n"));
    return say.text("poll.results", "total", total, "lines", lines);
  }

  static String verdict(Verdict verdict) {
    return switch (verdict) {
      case STRONG -> "strong";
      case REASONABLE -> "reasonable";
      case RISKY -> "risky";
    };
  }

  static String senses(Messages say, Scenario scenario) {
    return say.text("practises", "senses", SenseNames.list(say, scenario.tags().senses()));
  }

  /** A member reading an item that has no translation yet is told it is in English. */
  static void fallbackNote(Messages say, Localized<?> item, List<Block> blocks) {
    if (item.fallback()) {
      blocks.add(new Block.Context(say.text("content.fallback")));
    }
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
