package org.allybot.core.desk;

/**
 * What the reporter wrote in the form, checked: {@code who} is as typed (a mention or a name, or
 * empty); {@code summary} is their optional one-line summary for the desk's list.
 */
public record ReportDraft(
    String what,
    String summary,
    String when,
    String where,
    String who,
    Affected affected,
    boolean followUp,
    boolean anonymous,
    HrConsent hr,
    boolean escrow) {

  /** The line the desk's list shows: the summary, or else the first line of the text. */
  public String headline(int max) {
    String line = summary.isBlank() ? what.strip().lines().findFirst().orElse("") : summary;
    String flat = line.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
