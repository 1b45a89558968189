package org.allybot.slack;

/** What a member reads when Slack hands Allybot a request it cannot take; kept in one place. */
public final class InboundTexts {
  public static final String UNREADABLE =
      "Sorry, Allybot could not read that request. Please try again; if it keeps happening, ask"
          + " your Slack admin to reinstall Allybot.";
  public static final String TOO_LONG =
      "That is longer than Allybot can take in one go. Please send something shorter, or split it"
          + " into a few messages.";
  public static final String OTHER_COMMAND =
      "Allybot answers `/ally` only. Try `/ally help` to see what it can do.";

  private InboundTexts() {}
}
