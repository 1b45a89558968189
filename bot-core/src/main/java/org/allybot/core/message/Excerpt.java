package org.allybot.core.message;

/**
 * A long text cut to a short excerpt on one line: at a word break with an ellipsis, never in the
 * middle of a word (unless a single word fills half the room), as the adapters cut labels.
 */
public final class Excerpt {
  private Excerpt() {}

  /** {@code text} with its whitespace flattened, at most {@code max} characters. */
  public static String of(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
      if (Character.isLowSurrogate(flat.charAt(cut))) {
        cut--;
      }
    }
    return flat.substring(0, cut).stripTrailing() + "…";
  }
}
