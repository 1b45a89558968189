package org.allybot.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links each survey that {@code repeats} another to the questions it repeats, once every file is
 * read (an organisation's pack may replace the repeated survey), and checks the link.
 */
final class SurveyRepeats {
  private SurveyRepeats() {}

  static void link(PackBuilder pack) {
    Map<String, Survey> read = Map.copyOf(pack.surveys);
    for (Survey survey : read.values()) {
      if (!survey.repeats().isEmpty()) {
        pack.surveys.put(survey.id(), linked(survey, read, pack));
      }
    }
    Survey followup = read.get("followup");
    if (followup != null
        && read.containsKey("baseline")
        && !followup.repeats().equals("baseline")) {
      problem(
          pack,
          followup.id(),
          "the followup survey must say 'repeats: baseline', so that before and after can be"
              + " compared");
    }
  }

  private static Survey linked(Survey survey, Map<String, Survey> read, PackBuilder pack) {
    Survey repeated = read.get(survey.repeats());
    if (repeated == null) {
      problem(
          pack,
          survey.id(),
          "survey '" + survey.id() + "' repeats '" + survey.repeats() + "', which no file defines");
      return survey;
    }
    if (repeated.id().equals(survey.id()) || !repeated.repeats().isEmpty()) {
      problem(
          pack,
          survey.id(),
          "survey '"
              + survey.id()
              + "' may repeat only a survey that repeats none; '"
              + repeated.id()
              + "' is not one");
      return survey;
    }
    List<SurveyQuestion> questions = new ArrayList<>(repeated.questions());
    Set<String> ids = new HashSet<>();
    repeated.questions().forEach(q -> ids.add(q.id()));
    for (SurveyQuestion own : survey.questions()) {
      if (!ids.add(own.id())) {
        problem(
            pack,
            survey.id(),
            "question id '"
                + own.id()
                + "' is already in '"
                + repeated.id()
                + "', which it repeats");
      }
      questions.add(own);
    }
    return new Survey(survey.id(), survey.title(), survey.intro(), survey.repeats(), questions);
  }

  private static void problem(PackBuilder pack, String surveyId, String message) {
    PackBuilder.Location where =
        pack.surveyLocations.getOrDefault(surveyId, new PackBuilder.Location("surveys", 0));
    pack.problems.add(new ContentProblem(where.file(), where.line(), message));
  }
}
