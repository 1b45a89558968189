package org.allybot.core.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allybot.core.language.Messages;

/**
 * Which surveys a campaign sends: the baseline when a member joins, the follow-up at the end date
 * and again 90 days after, and the feedback at the end date.
 */
public record SurveyPlan(boolean baseline, boolean followup, boolean feedback) {
  /** The default: every survey, so that a campaign can show change. */
  public static final SurveyPlan ALL = new SurveyPlan(true, true, true);

  public static final SurveyPlan NONE = new SurveyPlan(false, false, false);

  /**
   * {@code baseline,followup,feedback} in any order and combination, {@code all} or {@code none}.
   */
  static SurveyPlan parse(Messages say, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("none") || v.equals("off")) {
      return NONE;
    }
    if (v.equals("all")) {
      return ALL;
    }
    boolean baseline = false;
    boolean followup = false;
    boolean feedback = false;
    for (String name : v.split("[,\\s]+")) {
      switch (name) {
        case "baseline" -> baseline = true;
        case "followup", "follow-up" -> followup = true;
        case "feedback" -> feedback = true;
        default -> throw CampaignOptions.wrong(say, "campaign.option.surveys", "value", name);
      }
    }
    return new SurveyPlan(baseline, followup, feedback);
  }

  /** Whether the campaign sends the survey with this id ({@code baseline} and so on). */
  public boolean sends(String surveyId) {
    return switch (surveyId) {
      case "baseline" -> baseline;
      case "followup" -> followup;
      case "feedback" -> feedback;
      default -> false;
    };
  }

  /** "baseline, followup, feedback", or "none". */
  public String describe() {
    List<String> names = new ArrayList<>();
    if (baseline) {
      names.add("baseline");
    }
    if (followup) {
      names.add("followup");
    }
    if (feedback) {
      names.add("feedback");
    }
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
