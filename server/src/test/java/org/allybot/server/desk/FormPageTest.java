package org.allybot.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Block.Field;
import org.allybot.core.message.Block.FieldType;
import org.junit.jupiter.api.Test;

/** How any core form renders as HTML, beyond the report form's own fields. */
class FormPageTest {
  private static final Messages EN = Messages.english();
  private static final Field TEAM =
      new Field(
          "team",
          "Which team?",
          FieldType.CHOICE,
          true,
          40,
          List.of("Sales", "Support", "R&D", "People", "Finance", "Legal"),
          "");
  private static final Field NOTE =
      new Field("note", "A note \"quoted\" <b>", FieldType.SHORT_TEXT, false, 0, List.of(), "");
  private static final Block.Form FORM =
      new Block.Form("x.test", "A <test> form", List.of(TEAM, NOTE), "Go & send");

  @Test
  void moreThanFiveChoicesBecomeAListBoxThatAsksForAChoiceFirst() {
    String html = FormPage.render(EN, FORM, FormInput.initial(FORM), "/desk/report", "t", "c");

    assertThat(html)
        .contains("<select id=\"f-team\" name=\"f-team\" aria-label=\"Which team?\" required>")
        .contains("<option value=\"\">Choose…</option>")
        .contains("<option value=\"R&amp;D\">R&amp;D</option>")
        .doesNotContain("type=\"radio\"");
  }

  @Test
  void aChosenOptionComesBackSelected() {
    FormInput sent = FormInput.read(FORM, Map.of("f-team", "Legal", "f-note", "")::get, EN);

    String html = FormPage.render(EN, FORM, sent, "/desk/report", "t", "c");

    assertThat(sent.errors()).isEmpty();
    assertThat(html).contains("<option value=\"Legal\" selected>Legal</option>");
  }

  @Test
  void everyTextFromTheCoreIsEscapedAndAFieldWithoutALimitHasNoHint() {
    String html = FormPage.render(EN, FORM, FormInput.initial(FORM), "/desk/report", "t", "c");

    assertThat(html)
        .contains("<h1>A &lt;test&gt; form</h1>")
        .contains("A note &quot;quoted&quot; &lt;b&gt;")
        .contains("<button type=\"submit\">Go &amp; send</button>")
        .doesNotContain("f-note-hint", "maxlength=\"0\"");
  }

  @Test
  void aValueThatIsNotAnOptionIsAMistakeAndFieldsNotSentAreEmpty() {
    FormInput sent = FormInput.read(FORM, Map.of("f-team", "Marketing", "team", "Sales")::get, EN);

    assertThat(sent.errors()).containsEntry("team", "Please choose one of the options.");
    assertThat(sent.values()).containsEntry("team", "Marketing").containsEntry("note", "");
  }
}
