package org.allybot.server.desk;

/** Every word the report desk's web pages show, kept together for a later move to bundles. */
final class DeskPageTexts {
  static final String BRAND = "Allybot report desk";
  static final String SKIP = "Skip to the main content";
  static final String PRIVATE_NOTE =
      "This page is only for you. It sends no analytics, keeps no cookie but the form's check,"
          + " and loads nothing from anywhere else.";
  static final String REQUIRED_MARK = "required";
  static final String REQUIRED_LEGEND = "Fields marked \"required\" need an answer.";
  static final String CHARACTERS_AT_MOST = "Up to %,d characters.";
  static final String YES = "Yes";
  static final String NO = "No";
  static final String CHOOSE = "Choose…";
  static final String FIX_TITLE = "Please check the form";
  static final String FIX_TEXT =
      "Some answers need a change before the report can be sent. Everything you wrote is still"
          + " here.";

  static final String REQUIRED = "This one needs an answer.";
  static final String TOO_LONG =
      "This is %,d characters long; the limit is %,d. Please shorten it: your text is kept here.";
  static final String NOT_A_CHOICE = "Please choose one of the options.";

  static final String SENT_TITLE = "Thank you: your report was sent";
  static final String SENT_NEXT = "You can close this page.";

  static final String LINK_FAILED = "This link does not work";
  static final String LINK_FAILED_TEXT =
      "The link has expired, was used already, or is not one Allybot gave out. Links work once,"
          + " for 10 minutes. If you sent the form with it, your report arrived: type /ally report"
          + " status in chat to see it. For a new link, type /ally report in Slack, Teams or the"
          + " shell.";
  static final String KEPT_TITLE = "What you wrote";
  static final String KEPT_TEXT =
      "Nothing was sent. Copy what you wrote before you leave this page, and paste it into the"
          + " new form.";
  static final String CHECK_FAILED = "This form could not be checked";
  static final String CHECK_FAILED_TEXT =
      "The page's security check is missing or out of date, so nothing was sent. This happens"
          + " when cookies are blocked or the page was open in another window. Open the link from"
          + " chat again, or type /ally report for a new one.";
  static final String UNAVAILABLE = "The report form is not available here";
  static final String UNAVAILABLE_TEXT =
      "This server cannot show the report form right now, and nothing was sent. Type /ally"
          + " report in Slack, Teams or the shell to use the form in chat.";
  static final String TOO_LARGE = "This form is too large to send";
  static final String TOO_LARGE_TEXT =
      "What you sent is far longer than the form allows, so nothing was sent. Go back, shorten"
          + " the longest answer, and send it again.";
  static final String WRONG_METHOD = "This page only shows and sends the report form";
  static final String WRONG_METHOD_TEXT =
      "Open the link Allybot gave you in chat to see the form, and send it with its button.";

  private DeskPageTexts() {}
}
