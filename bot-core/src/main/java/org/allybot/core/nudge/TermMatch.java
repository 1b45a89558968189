package org.allybot.core.nudge;

import org.allybot.content.LanguageRule;

/** One term found in a message: the rule, the term as the rule spells it, and where (in words). */
public record TermMatch(LanguageRule rule, String term, int start, int end) {}
