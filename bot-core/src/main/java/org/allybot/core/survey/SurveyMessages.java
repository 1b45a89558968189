package org.allybot.core.survey;

import java.util.ArrayList;
import java.util.List;
import org.allybot.content.Localized;
import org.allybot.content.Survey;
import org.allybot.content.SurveyQuestion;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * Renders one survey question at a time, the thanks at the end, and the free-text form, in the
 * member's language. Buttons carry the question id and the choice's place, never its words, so
 * answers in every language count together.
 */
final class SurveyMessages {
  static final String ANSWER = "survey.answer";
  static final String WRITE = "survey.write";
  static final String TEXT_FORM = "survey.text|";
  static final String TEXT_FIELD = "answer";
  static final int MAX_TEXT = 2000;
  static final int LIKERT_POINTS = 5;

  private SurveyMessages() {}

  /**
   * Where a question sits: its survey (in the member's language, or the English as a fallback),
   * round and campaign, and its place in the survey.
   */
  record Place(
      Localized<Survey> localized,
      SurveyRound round,
      String campaignId,
      String campaignName,
      int index) {
    Survey survey() {
      return localized.item();
    }

    SurveyQuestion question() {
      return survey().questions().get(index);
    }

    SurveyButton button(String answer) {
      return new SurveyButton(campaignId, round, question().id(), answer);
    }
  }

  /** The question at {@code place}; the survey's intro before its first, {@code note} on top. */
  static Message question(Messages say, Place place, String note) {
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
            say.text(
                "survey.progress",
                "number",
                place.index() + 1,
                "total",
                place.survey().questions().size(),
                "campaign",
                place.campaignName())));
    blocks.add(new Block.Text("*" + q.prompt() + "*"));
    blocks.add(new Block.Buttons(answers(say, place)));
    blocks.add(
        new Block.Buttons(
            List.of(
                Button.of(
                    say.text("survey.skip"), ANSWER, place.button(SurveyButton.SKIP).encode()))));
    blocks.add(new Block.Context(say.text("survey.privacy")));
    if (place.localized().fallback()) {
      blocks.add(new Block.Context(say.text("content.fallback")));
    }
    return new Message(place.survey().title() + ": " + q.prompt(), blocks);
  }

  private static List<Button> answers(Messages say, Place place) {
    SurveyQuestion q = place.question();
    List<Button> buttons = new ArrayList<>();
    switch (q.type()) {
      case LIKERT -> {
        for (int i = 1; i <= LIKERT_POINTS; i++) {
          buttons.add(
              Button.of(
                  say.text("survey.likert." + i),
                  ANSWER,
                  place.button(Integer.toString(i)).encode()));
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
                  say.text("survey.write"),
                  WRITE,
                  place.button("").encode(),
                  Button.Style.PRIMARY));
    }
    return buttons;
  }

  static Message done(Messages say, Survey survey) {
    return Message.text(say.text("survey.done", "title", survey.title()));
  }

  /** The free-text form: its id carries the campaign, round and question it answers. */
  static Block.Form textForm(Messages say, Place place) {
    return new Block.Form(
        TEXT_FORM + place.button("").encode(),
        say.text("survey.form.title"),
        List.of(
            new Block.Field(
                TEXT_FIELD,
                place.question().prompt(),
                Block.FieldType.LONG_TEXT,
                true,
                MAX_TEXT,
                List.of(),
                "")),
        say.text("survey.form.submit"),
        say.language().tag());
  }

  static String tooLong(Messages say, int length) {
    return say.text("survey.too-long", "length", length, "limit", MAX_TEXT);
  }

  static String empty(Messages say) {
    return say.text("survey.empty", "skip", say.text("survey.skip"));
  }
}
