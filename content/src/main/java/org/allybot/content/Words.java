package org.allybot.content;

/** Counts words the way the content rules do: runs of non-whitespace. */
public final class Words {
  private Words() {}

  public static int count(String text) {
    String trimmed = text == null ? "" : text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
