package org.allybot.core.survey;

import java.util.ArrayList;
import java.util.List;
import org.allybot.content.Survey;
import org.allybot.content.SurveyQuestion;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/** Renders one survey question at a time, the thanks at the end, and the free-text form. */
final class SurveyMessages {
  static final String ANSWER = "survey.answer";
  static final String WRITE = "survey.write";
  static final String TEXT_FORM = "survey.text|";
  static final String TEXT_FIELD = "answer";

  private SurveyMessages() {}

  /** Where a question sits: its survey, round and campaign, and its place in the survey. */
  record Place(
      Survey survey, SurveyRound round, String campaignId, String campaignName, int index) {
    SurveyQuestion question() {
      return survey.questions().get(index);
    }

    SurveyButton button(String answer) {
      return new SurveyButton(campaignId, round, question().id(), answer);
    }
  }

  /** The question at {@code place}; the survey's intro before its first, {@code note} on top. */
  static Message question(Place place, String note) {
    SurveyQuestion q = place.question();
    List<Block> blocks = new ArrayList<>();
    if (!note.isEmpty()) {
      blocks.add(new Block.Context(note));
    }
    blocks.add(new Block.Header(place.survey().title()));
    if (place.index() == 0 && !place.survey().intro().isEmpty()) {
      blocks.add(new Block.Text(place.survey().intro()));
    }
    blocks.add(
        new Block.Context(
            SurveyTexts.progress(
                place.index() + 1, place.survey().questions().size(), place.campaignName())));
    blocks.add(new Block.Text("*" + q.prompt() + "*"));
    blocks.add(new Block.Buttons(answers(place)));
    blocks.add(
        new Block.Buttons(
            List.of(
                Button.of(SurveyTexts.SKIP, ANSWER, place.button(SurveyButton.SKIP).encode()))));
    blocks.add(new Block.Context(SurveyTexts.PRIVACY));
    return new Message(place.survey().title() + ": " + q.prompt(), blocks);
  }

  private static List<Button> answers(Place place) {
    SurveyQuestion q = place.question();
    List<Button> buttons = new ArrayList<>();
    switch (q.type()) {
      case LIKERT -> {
        for (int i = 0; i < SurveyTexts.LIKERT.size(); i++) {
          buttons.add(
              Button.of(
                  SurveyTexts.LIKERT.get(i),
                  ANSWER,
                  place.button(Integer.toString(i + 1)).encode()));
        }
      }
      case CHOICE -> {
        for (int i = 0; i < q.choices().size(); i++) {
          buttons.add(Button.of(q.choices().get(i), ANSWER, place.button("c" + i).encode()));
        }
      }
      case TEXT ->
          buttons.add(
              new Button(
                  SurveyTexts.WRITE, WRITE, place.button("").encode(), Button.Style.PRIMARY));
    }
    return buttons;
  }

  static Message done(Survey survey) {
    return Message.text(SurveyTexts.done(survey.title()));
  }

  /** The free-text form: its id carries the campaign, round and question it answers. */
  static Block.Form textForm(Place place) {
    return new Block.Form(
        TEXT_FORM + place.button("").encode(),
        SurveyTexts.FORM_TITLE,
        List.of(
            new Block.Field(
                TEXT_FIELD,
                place.question().prompt(),
                Block.FieldType.LONG_TEXT,
                true,
                SurveyTexts.MAX_TEXT,
                List.of(),
                "")),
        SurveyTexts.FORM_SUBMIT);
  }
}
