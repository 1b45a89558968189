package org.allybot.core.report;

/**
 * A mean, a share (0-1) or a difference with its 95% interval ({@code low} to {@code high}), and
 * how many people ({@code n}; pairs for a paired difference) it comes from: always at least 5.
 */
public record Estimate(double value, double low, double high, long n) {}
