package org.allybot.content;

/**
 * An item in the language asked for, or its English original when it has no translation yet ({@code
 * fallback}), so that admins can be told which items still need one.
 */
public record Localized<T>(T item, boolean fallback) {}
