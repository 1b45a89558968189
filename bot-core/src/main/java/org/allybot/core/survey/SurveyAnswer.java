package org.allybot.core.survey;

/**
 * One answer to record: the question, its stored value, the words of a free-text answer (else
 * empty), and the survey's shape, which decides when a round is complete and which figures move.
 */
public record SurveyAnswer(
    String questionId, StoredAnswer value, String text, int questions, int choices) {}
