package org.allybot.server.dashboard;

/** Every word the dashboard's pages and files show, kept together for a later move to bundles. */
final class PageTexts {
  static final String BRAND = "Allybot dashboard";
  static final String SKIP = "Skip to the figures";
  static final String SIGN_OUT = "Sign out";
  static final String PRIVACY_NOTE =
      "Figures from fewer than 5 people read \"fewer than 5\", so that nobody can be singled out,"
          + " and charts leave a gap there. No page or file here names a person.";

  static final String OVERVIEW_TITLE = "Campaigns";
  static final String NO_CAMPAIGNS =
      "No campaigns yet. Start one in chat with /ally campaign create NAME.";
  static final String CAMPAIGN = "Campaign";
  static final String DATES = "Dates";
  static final String ENROLLED = "Taking part";
  static final String POLLS_ANSWERED = "Polls answered";
  static final String LESSONS_READ = "Lessons read";
  static final String OPEN_ENDED = "open-ended";
  static final String XAPI_TITLE = "Learning records (xAPI)";
  static final String XAPI_WAITING = "Statements waiting for the LRS";
  static final String XAPI_SET_ASIDE = "Statements the LRS refused (set aside)";
  static final String XAPI_NOTE =
      "Counts for the whole Allybot installation. Waiting statements are sent as soon as the LRS takes"
          + " them; refused ones are kept 30 days in Redis (ally:global:xapi:set-aside) with the LRS's"
          + " answer, and never sent again.";

  static final String PARTICIPATION = "Participation";
  static final String DELIVERED = "Lessons and polls delivered";
  static final String MORE_TAPS = "\"Tell me more\" taps";
  static final String COMMITMENTS_MADE = "Commitments made";
  static final String COMMITMENTS_TRIED = "Commitments tried";

  static final String WEEKS_TITLE = "Participation per week";
  static final String WEEKS_CAPTION =
      "Members who practised, polls answered and lessons read, by week";
  static final String WEEK = "Week";
  static final String ACTIVE = "Members who practised";

  static final String SENSES_TITLE = "Practice per sense";
  static final String SENSES_CAPTION =
      "Polls answered and lessons read, by the sense of an ally they practise";
  static final String SENSE = "Sense";
  static final String PRACTICE = "Times practised";

  static final String SURVEY_TITLE = "Survey items before and after";
  static final String SURVEY_CAPTION =
      "Mean answer on a scale of 1 to 5, with its 95% interval and how many people answered";
  static final String ITEM = "Item";
  static final String BEFORE = "Before";
  static final String AFTER = "At the end";
  static final String LATER = "90 days after";
  static final String CHANGE = "Change at the end";
  static final String PAIRED = "the same people before and after";
  static final String UNPAIRED = "two groups compared";
  static final String PEOPLE = "people";
  static final String NO_SURVEY = "No survey answers yet.";
  static final String NO_FIGURES = "No figures yet.";
  static final String AS_OF = "figures as of";

  static final String KPI_TITLE = "Have at least one ally at work";
  static final String KPI_CAPTION =
      "Share who say they have at least one ally at work, with its 95% interval (Wilson)";
  static final String KPI_CONTEXT =
      "For comparison: 56% of people say they have an ally at work, and 93% where allyship"
          + " training was offered.";
  static final String WHEN = "When asked";
  static final String SHARE = "Share";

  static final String COMMUNITY_TITLE = "Community activity";
  static final String COMMUNITY_CAPTION =
      "The community channel over the campaign's dates (shared by the workspace's campaigns)";
  static final String ACTIVITY = "Activity";
  static final String COUNT = "Count";
  static final String QUESTIONS = "Questions asked";
  static final String ADVICE = "Advice posts";
  static final String RESOLVED = "Questions resolved";
  static final String MEDIAN_WAIT = "Median time to the first advice";
  static final String MEDIAN_HIDDEN = "not shown, as fewer than 5 questions got advice";

  static final String SCENARIOS_TITLE = "Polls per scenario";
  static final String SCENARIOS_CAPTION = "Each scenario's answers, and the share at each verdict";
  static final String SCENARIO = "Scenario";
  static final String ANSWERS = "Answers";
  static final String FEEDBACK_TITLE = "Free-text feedback";
  static final String FEEDBACK_COUNT = "Answers written";
  static final String READ_ANSWERS = "Read the answers (in random order, without names or dates)";

  static final String DOWNLOADS = "Download the figures (CSV)";
  static final String CSV_WEEKS = "Per week";
  static final String CSV_SCENARIOS = "Per scenario";
  static final String CSV_SURVEY = "Per survey item";
  static final String CHART_LABEL = "Chart: %s. The table below has the same figures.";

  static final String SIGN_IN_FAILED = "This sign-in link does not work";
  static final String SIGN_IN_FAILED_TEXT =
      "The link has expired, was used already, or is not one Allybot gave out. Links work once,"
          + " for 10 minutes. Type /ally dashboard in Slack, Teams or the shell for a new one.";
  static final String NOT_ADMIN = "You are not an Allybot admin";
  static final String NOT_ADMIN_TEXT =
      "Only Allybot admins can open the dashboard. If you should be one, ask an admin to add you"
          + " with /ally admin add, then type /ally dashboard for a new link.";
  static final String SIGNED_OUT = "Please sign in";
  static final String SIGNED_OUT_TEXT =
      "You are not signed in, or your session has ended. Type /ally dashboard in Slack, Teams or"
          + " the shell for a sign-in link.";
  static final String NOT_FOUND = "There is no such campaign";
  static final String NOT_FOUND_TEXT =
      "It may have been deleted, or it belongs to another workspace. The overview lists yours.";
  static final String BACK = "Back to the campaigns";

  private PageTexts() {}
}
