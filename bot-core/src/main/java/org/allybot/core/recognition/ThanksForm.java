package org.allybot.core.recognition;

import static org.allybot.core.recognition.RecognitionTexts.*;

import java.util.ArrayList;
import java.util.List;
import org.allybot.content.Sense;
import org.allybot.core.message.Block;

/**
 * The form to thank one person, which Slack's message shortcut and Teams' message action open with
 * the message's author as the recipient, whom the giver may change. The quoted text itself travels
 * with the adapter (Slack's private metadata, the Teams message payload) and comes back as {@link
 * #QUOTED_TEXT}; the core keeps it only when the giver ticked {@link #QUOTE}.
 */
public final class ThanksForm {
  /** Who is thanked: the message's author at first, changeable by the giver. */
  public static final String RECIPIENT = "recipient";

  public static final String WHAT = "what";
  public static final String SENSE = "sense";
  public static final String PUBLIC = "public";
  public static final String QUOTE = "quote";

  /** The value an adapter adds with the message text it kept aside; never a visible field. */
  public static final String QUOTED_TEXT = "quoted_text";

  private ThanksForm() {}

  /** Whether {@code formId} is a recognition form. */
  public static boolean isThanksForm(String formId) {
    return ThanksActions.formRecipient(formId).isPresent();
  }

  /** The message author a recognition form was opened on, or empty for another form. */
  public static java.util.Optional<String> author(String formId) {
    return ThanksActions.formRecipient(formId);
  }

  static Block.Form form(String recipientId, boolean withQuote) {
    List<String> senses = new ArrayList<>();
    senses.add(SUGGEST);
    for (Sense s : Sense.values()) {
      senses.add(s.id());
    }
    List<Block.Field> fields = new ArrayList<>();
    fields.add(
        new Block.Field(
            RECIPIENT, FIELD_RECIPIENT, Block.FieldType.PERSON, true, 0, List.of(), recipientId));
    fields.add(
        new Block.Field(
            WHAT, FIELD_WHAT, Block.FieldType.LONG_TEXT, true, GiveThanks.MAX_WHAT, List.of(), ""));
    fields.add(
        new Block.Field(SENSE, FIELD_SENSE, Block.FieldType.CHOICE, true, 0, senses, SUGGEST));
    fields.add(
        new Block.Field(PUBLIC, FIELD_PUBLIC, Block.FieldType.YES_NO, true, 3, List.of(), "no"));
    if (withQuote) {
      fields.add(
          new Block.Field(QUOTE, FIELD_QUOTE, Block.FieldType.YES_NO, true, 3, List.of(), "no"));
    }
    return new Block.Form(ThanksActions.formId(recipientId), FORM_TITLE, fields, FORM_SUBMIT);
  }
}
