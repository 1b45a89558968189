package org.allybot.core.nudge;

/**
 * One line of a week's counts: a rule ({@code rule:ID}) or a channel ({@code channel:ID}), how many
 * nudges, from how many distinct authors (estimated), and how the buttons were pressed.
 */
public record NudgeCount(
    String key, long nudges, long authors, long thanks, long unhelpful, long stopped) {}
