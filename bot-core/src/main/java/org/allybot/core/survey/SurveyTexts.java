package org.allybot.core.survey;

import java.util.List;

/** Every word the survey feature says to members, in one place. */
final class SurveyTexts {
  static final List<String> LIKERT =
      List.of(
          "1 · Strongly disagree",
          "2 · Disagree",
          "3 · Neither",
          "4 · Agree",
          "5 · Strongly agree");
  static final String SKIP = "Skip this one";
  static final String WRITE = "Write my answer";
  static final String FORM_TITLE = "Your answer";
  static final String FORM_SUBMIT = "Send";
  static final String PRIVACY =
      "Answers are kept under a pseudonym, never your name, and reported only in groups of five or"
          + " more. Skip anything you like; `/ally survey` picks up where you left off.";
  static final String ALREADY_ANSWERED =
      "You had already answered that one, so your first answer stands. Here's where you left off.";
  static final String NOT_A_CHOICE =
      "That answer isn't one of this question's choices, so nothing was saved. Please pick one of"
          + " the buttons.";
  static final String UNKNOWN_BUTTON =
      "That survey button is no longer active. `/ally survey` shows what is waiting for you.";
  static final String CAMPAIGN_GONE =
      "That survey belongs to a campaign that has been removed, so there's nothing to answer any"
          + " more. Thank you for being willing!";
  static final String SURVEY_GONE =
      "That survey isn't part of the content any more, so there's nothing to answer. Thank you!";
  static final String NOT_SENT =
      "That survey wasn't sent to you, so I can't take an answer for it. `/ally survey` shows what"
          + " is waiting for you.";
  static final String QUESTION_GONE =
      "That question is no longer in the survey. Here's where you left off.";
  static final String NOTHING_PENDING = "No surveys are waiting for you. Thank you!";
  static final int MAX_TEXT = 2000;

  private SurveyTexts() {}

  static String progress(int number, int total, String campaignName) {
    return "Question " + number + " of " + total + " · " + campaignName;
  }

  static String done(String title) {
    return "Thank you: that's *"
        + title
        + "* done. Your answers count towards the campaign's"
        + " results, which are only ever shown in groups of five or more.";
  }

  static String pendingHeader(int count) {
    return count == 1 ? "One survey is waiting for you:" : count + " surveys are waiting for you:";
  }

  static String pendingLine(String title, String campaignName, int answered, int total) {
    return "• *"
        + title
        + "* for "
        + campaignName
        + (answered == 0 ? ": not started" : ": " + answered + " of " + total + " answered");
  }

  static String tooLong(int length) {
    return "That's "
        + length
        + " characters; the limit is "
        + MAX_TEXT
        + ". Please shorten it and send it again.";
  }

  static String empty() {
    return "Please write a few words, or close this and press \"" + SKIP + "\" instead.";
  }
}
