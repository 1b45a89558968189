package org.allybot.core.survey;

import java.util.ArrayList;
import java.util.List;
import org.allybot.content.Survey;
import org.allybot.core.language.Language;
import org.allybot.core.language.LocalContent;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SampleMessages;
import org.allybot.core.message.Message;

/**
 * Every question of every survey round, and the closing note, in one language, for the adapters'
 * render tests: the pseudo-locale's limits, the Spanish.
 */
public final class SurveySampleMessages {
  private SurveySampleMessages() {}

  public static List<Message> all(Language language) {
    Messages say = Messages.in(language);
    List<Message> all = new ArrayList<>();
    for (SurveyRound round : SurveyRound.values()) {
      var survey =
          LocalContent.survey(SampleMessages.CURRICULUM, round.surveyId(), language).orElseThrow();
      Survey s = survey.item();
      for (int i = 0; i < s.questions().size(); i++) {
        all.add(
            SurveyMessages.question(
                say,
                new SurveyMessages.Place(survey, round, "pilot", "Pilot campaign", i),
                i == 0 ? say.text("survey.form.title") : ""));
      }
      all.add(SurveyMessages.done(say, s));
    }
    return all;
  }
}
