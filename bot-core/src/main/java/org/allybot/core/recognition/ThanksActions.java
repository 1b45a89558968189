package org.allybot.core.recognition;

import java.util.Optional;
import org.allybot.content.Sense;

/**
 * The codec of recognition's button actions, values and form ids. A value names the recognition
 * and, after a {@code |}, what was chosen; recognition ids never hold a {@code |}.
 */
final class ThanksActions {
  static final String PREFIX = "thanks.";

  /** The giver picks the sense of a draft: {@code id|sense}. */
  static final String SENSE = PREFIX + "sense";

  /** The recipient answers whether it may be shared: {@code id|yes|always|no}. */
  static final String SHARE = PREFIX + "share";

  /**
   * The recipient or the giver takes a shared thanks down: {@code id|note} from the recipient's
   * note, {@code id|list} from {@code thanks shared}.
   */
  static final String WITHDRAW = PREFIX + "withdraw";

  static final String FROM_NOTE = "note";
  static final String FROM_LIST = "list";

  /** The form of the message shortcut and the message action: {@code thanks.form|recipientId}. */
  static final String FORM = PREFIX + "form";

  static final String YES = "yes";
  static final String ALWAYS = "always";
  static final String NO = "no";

  /** A value split into the recognition id and the choice. */
  record Choice(String id, String choice) {}

  private ThanksActions() {}

  static String value(String id, String choice) {
    return id + "|" + choice;
  }

  static Optional<Choice> parse(String value) {
    int bar = value == null ? -1 : value.indexOf('|');
    if (bar <= 0 || bar == value.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new Choice(value.substring(0, bar), value.substring(bar + 1)));
  }

  static Optional<Sense> sense(String id) {
    return Sense.byId(id);
  }

  static String formId(String recipientId) {
    return FORM + "|" + recipientId;
  }

  /** The recipient a form id names, or empty for another form. */
  static Optional<String> formRecipient(String formId) {
    String prefix = FORM + "|";
    return formId.startsWith(prefix) && formId.length() > prefix.length()
        ? Optional.of(formId.substring(prefix.length()))
        : Optional.empty();
  }
}
