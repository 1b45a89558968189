package org.allybot.core.poll;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.allybot.content.Localized;
import org.allybot.content.Scenario;
import org.allybot.content.ScenarioOption;
import org.allybot.content.ScenarioStep;
import org.allybot.content.Verdict;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Language;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.LocalContent;
import org.allybot.core.language.Messages;
import org.allybot.core.learning.LearningEvent;
import org.allybot.core.message.Message;
import org.allybot.core.practice.NextItem;
import org.allybot.core.practice.Track;
import org.allybot.core.practice.Weeks;

/** Scenario polls: choosing the next one, and recording an answer with its feedback. */
public final class PollService {
  private final CoreContext core;
  private final NextItem next;

  public PollService(CoreContext core, NextItem next) {
    this.core = core;
    this.next = next;
  }

  /** The member's next scenario as a poll, or empty when the track has none. */
  public Optional<Message> nextPoll(UserRef user, Track track, String campaignId) {
    return Optional.ofNullable(nextPolls(List.of(user), track, campaignId).get(user));
  }

  /**
   * {@link #nextPoll} for many members (distinct, of one workspace) at once. Members who get the
   * same scenario share one message, and the campaign's week records it once.
   */
  public Map<UserRef, Message> nextPolls(List<UserRef> users, Track track, String campaignId) {
    Map<String, Message> byScenario = new HashMap<>();
    Set<String> recorded = new java.util.HashSet<>();
    Map<UserRef, Message> polls = new LinkedHashMap<>();
    LanguageOf languages = core.languageOf();
    next.scenarios(users, track, core.clock().instant())
        .forEach((user, s) -> {
          if (!campaignId.isEmpty() && recorded.add(s.id())) {
            core.weeks().sent(user.workspace(), campaignId, Weeks.of(core.today()), "poll", s.id());
          }
          Language language = languages.member(user);
          polls.put(
              user,
              byScenario.computeIfAbsent(
                  s.id() + "|" + language.tag(),
                  k -> {
                    Localized<Scenario> local = localize(s, language);
                    return PollMessages.poll(
                        Messages.in(language), local, local.item().opening(), campaignId);
                  }));
        });
    return polls;
  }

  private Localized<Scenario> localize(Scenario english, Language language) {
    return LocalContent.scenario(core.curriculum(), english.id(), language)
        .orElse(new Localized<>(english, false));
  }

  /** Records the answer (replacing an earlier one) and shows the feedback in place. */
  public Reply answer(UserRef user, String value) {
    Optional<PollChoice> decoded = PollChoice.decode(value);
    Optional<Scenario> scenario = decoded.flatMap(c -> core.curriculum().scenario(c.scenarioId()));
    Optional<ScenarioStep> step = scenario.flatMap(s -> s.step(decoded.get().stepId()));
    Optional<ScenarioOption> option = step.flatMap(s -> s.option(decoded.get().optionId()));
    Language language = core.languageOf().member(user);
    Messages say = Messages.in(language);
    if (option.isEmpty()) {
      return Reply.text(say.text("poll.gone"));
    }
    PollChoice choice = decoded.get();
    Instant now = core.clock().instant();
    Scenario s = scenario.get();
    PollTally tally =
        choice.campaignId().isEmpty()
            ? PollTally.NONE
            : new PollTally(
                choice.campaignId(), Weeks.of(core.today()), Set.copyOf(s.tags().senses()));
    PollAnswers.Recorded recorded =
        core.answers().record(user, choice.pollKey(), choice.optionId(), now, tally);
    Optional<String> previous = recorded.previous();
    boolean firstAnswer = previous.isEmpty() || !previous.get().equals(choice.optionId());
    if (firstAnswer) {
      core.learning()
          .record(
              new LearningEvent.PollAnswered(
                  user, choice.campaignId(), s.id(), choice.stepId(), choice.optionId(), now));
    }
    core.practice()
        .record(user, "poll", choice.pollKey(), EnumSet.copyOf(s.tags().senses()), core.today());
    if (!choice.campaignId().isEmpty()) {
      core.weeks()
          .active(user.workspace(), choice.campaignId(), Weeks.of(core.today()), user.userId());
    }
    if (option.get().verdict() == Verdict.RISKY && choice.stepId().equals(Scenario.OPENING)) {
      next.scheduleReview(user, s.id(), now);
    }
    Localized<Scenario> local = localize(s, language);
    Message feedback =
        PollMessages.feedback(
            say,
            local,
            local.item().step(choice.stepId()).orElseThrow(),
            choice,
            recorded.distribution());
    ScenarioOption chosen = option.get();
    if (chosen.hasNext() && firstAnswer) {
      Optional<ScenarioStep> followUp = local.item().step(chosen.next());
      if (followUp.isPresent()) {
        return Reply.replacing(
            feedback, PollMessages.poll(say, local, followUp.get(), choice.campaignId()));
      }
    }
    return Reply.replacing(feedback);
  }
}
