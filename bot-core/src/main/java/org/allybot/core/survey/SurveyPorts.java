package org.allybot.core.survey;

import org.allybot.core.member.MemberPseudonym;

/** What the survey feature needs from outside: its store and the member pseudonyms. */
public record SurveyPorts(SurveyAnswers answers, MemberPseudonym pseudonym) {}
