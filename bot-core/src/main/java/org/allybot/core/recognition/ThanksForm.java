package org.allybot.core.recognition;

import java.util.ArrayList;
import java.util.List;
import org.allybot.content.Sense;
import org.allybot.core.language.Messages;
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

  /** The sense field's choice that asks Allybot to suggest one; a value, not a label. */
  static final String SUGGEST = "suggest";

  private ThanksForm() {}

  /** Whether {@code formId} is a recognition form. */
  public static boolean isThanksForm(String formId) {
    return ThanksActions.formRecipient(formId).isPresent();
  }

  /** The message author a recognition form was opened on, or empty for another form. */
  public static java.util.Optional<String> author(String formId) {
    return ThanksActions.formRecipient(formId);
  }

  static Block.Form form(Messages say, String recipientId, boolean withQuote) {
    List<String> senses = new ArrayList<>();
    senses.add(SUGGEST);
    for (Sense s : Sense.values()) {
      senses.add(s.id());
    }
    List<Block.Field> fields = new ArrayList<>();
    fields.add(
        new Block.Field(
            RECIPIENT,
            say.text("recognition.form.recipient"),
            Block.FieldType.PERSON,
            true,
            0,
            List.of(),
            recipientId));
    fields.add(
        new Block.Field(
            WHAT,
            say.text("recognition.form.what"),
            Block.FieldType.LONG_TEXT,
            true,
            GiveThanks.MAX_WHAT,
            List.of(),
            ""));
    fields.add(
        new Block.Field(
            SENSE,
            say.text("recognition.form.sense"),
            Block.FieldType.CHOICE,
            true,
            0,
            senses,
            SUGGEST));
    fields.add(
        new Block.Field(
            PUBLIC,
            say.text("recognition.form.public"),
            Block.FieldType.YES_NO,
            true,
            3,
            List.of(),
            "no"));
    if (withQuote) {
      fields.add(
          new Block.Field(
              QUOTE,
              say.text("recognition.form.quote"),
              Block.FieldType.YES_NO,
              true,
              3,
              List.of(),
              "no"));
    }
    return new Block.Form(
        ThanksActions.formId(recipientId),
        say.text("recognition.form.title"),
        fields,
        say.text("recognition.form.submit"),
        say.language().tag());
  }
}
