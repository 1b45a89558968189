package org.allybot.core.survey;

import java.util.List;
import java.util.Map;
import org.allybot.core.WorkspaceId;

/**
 * Survey answers kept under each member's pseudonym per campaign, never their id, with running
 * figures per round moved as each answer arrives. The figures a report may read are released in
 * steps of at least 5 people, so that comparing two reports never isolates fewer than 5 answers.
 */
public interface SurveyAnswers {
  /** Notes that the round was put to this person; true the first time. */
  boolean open(SurveyKey key);

  boolean isOpen(SurveyKey key);

  /** The person's answers in the round so far, by question id. */
  Map<String, StoredAnswer> progress(SurveyKey key);

  /**
   * Records one answer unless the question already has one, moving the round's figures (and the
   * paired changes, {@link Pairing}) in the same step. False when it was already answered.
   */
  boolean record(SurveyKey key, SurveyAnswer answer);

  /** The released figures of a round. */
  Figures figures(WorkspaceId workspace, String campaignId, SurveyRound round);

  /** The free-text answers to one question, in no particular order and without pseudonyms. */
  List<String> texts(WorkspaceId workspace, String campaignId, SurveyRound round, String question);

  /** Claims the campaign-wide sending of a round; true only for the first caller, ever. */
  boolean claimSending(WorkspaceId workspace, String campaignId, SurveyRound round);

  /** Deletes one person's answers in every round of the campaign, and takes them out of figures. */
  void forget(WorkspaceId workspace, String campaignId, String pseudonym);

  /**
   * Released figures: {@code answers} per item ({@code ITEM:n}, {@code :sum}, {@code :sq}, {@code
   * :c:INDEX}) and per round ({@code started:n}, {@code completed:n}); {@code pairs} the paired
   * changes kept with an after round ({@code ITEM:n}, {@code :sum}, {@code :sq}).
   */
  record Figures(Map<String, Long> answers, Map<String, Long> pairs) {
    public Figures {
      answers = Map.copyOf(answers);
      pairs = Map.copyOf(pairs);
    }

    public long answer(String field) {
      return answers.getOrDefault(field, 0L);
    }

    public long pair(String field) {
      return pairs.getOrDefault(field, 0L);
    }
  }
}
