package org.allybot.core.survey;

import org.allybot.core.WorkspaceId;

/** One person's answers to one round of a campaign's survey, named by their pseudonym only. */
public record SurveyKey(
    WorkspaceId workspace, String campaignId, SurveyRound round, String pseudonym) {}
