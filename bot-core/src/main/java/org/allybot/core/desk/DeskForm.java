package org.allybot.core.desk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Block.Field;
import org.allybot.core.message.Block.FieldType;

/**
 * The report form, the same in every place it opens (a Slack modal, a Teams card, shell prompts,
 * the web page), and the checks its values pass when it comes back: each problem is named on its
 * field, and nothing is kept until every field is right.
 */
public final class DeskForm {
  /** The form id every place submits with. */
  public static final String ID = "desk.report";

  public static final String WHAT = "what";
  public static final String SUMMARY = "summary";
  public static final String WHEN = "when";
  public static final String WHERE = "where";
  public static final String WHO = "who";
  public static final String AFFECTED = "affected";
  public static final String FOLLOW_UP = "followup";
  public static final String ANONYMOUS = "anonymous";
  public static final String HR = "hr";
  public static final String ESCROW = "escrow";

  static final int WHAT_MAX = 4000;
  static final int SUMMARY_MAX = 120;
  static final int SHORT_MAX = 200;

  private DeskForm() {}

  /**
   * The form in the reader's language; its field ids are the constants above. The choices are
   * offered in that language and read back in any ({@link ChoiceWords}).
   */
  public static Block.Form form(Messages say) {
    return new Block.Form(
        ID,
        say.text("desk.form.title"),
        List.of(
            text(WHAT, say.text("desk.form.what"), FieldType.LONG_TEXT, true, WHAT_MAX),
            text(SUMMARY, say.text("desk.form.summary"), FieldType.SHORT_TEXT, false, SUMMARY_MAX),
            text(WHEN, say.text("desk.form.when"), FieldType.SHORT_TEXT, false, SHORT_MAX),
            text(WHERE, say.text("desk.form.where"), FieldType.SHORT_TEXT, false, SHORT_MAX),
            text(WHO, say.text("desk.form.who"), FieldType.SHORT_TEXT, false, SHORT_MAX),
            choice(
                AFFECTED,
                say.text("desk.form.affected"),
                affectedLabels(say),
                Affected.ME.label(say)),
            yesNo(FOLLOW_UP, say.text("desk.form.follow-up"), "yes"),
            yesNo(ANONYMOUS, say.text("desk.form.anonymous"), "yes"),
            choice(
                HR, say.text("desk.form.hr"), consentLabels(say), HrConsent.ASK_FIRST.label(say)),
            yesNo(ESCROW, say.text("desk.form.escrow"), "no")),
        say.text("desk.form.send"),
        say.language().tag());
  }

  /** The checked draft, or the problems by field id, told in the reporter's language. */
  static Result check(Map<String, String> values, LocalDate today, Messages say) {
    Map<String, String> errors = new LinkedHashMap<>();
    String what = value(values, WHAT);
    if (what.isEmpty()) {
      errors.put(WHAT, say.text("desk.form.what-missing"));
    }
    length(errors, WHAT, what, WHAT_MAX, say);
    String summary = value(values, SUMMARY);
    length(errors, SUMMARY, summary, SUMMARY_MAX, say);
    if (summary.contains("\n")) {
      errors.put(SUMMARY, say.text("desk.form.summary-one-line"));
    }
    String when = value(values, WHEN);
    length(errors, WHEN, when, SHORT_MAX, say);
    dateProblem(when, today, say).ifPresent(p -> errors.put(WHEN, p));
    String where = value(values, WHERE);
    length(errors, WHERE, where, SHORT_MAX, say);
    String who = value(values, WHO);
    length(errors, WHO, who, SHORT_MAX, say);
    String affectedRaw = value(values, AFFECTED);
    Optional<Affected> affected =
        affectedRaw.isEmpty() ? Optional.of(Affected.ME) : Affected.parse(affectedRaw);
    if (affected.isEmpty()) {
      errors.put(
          AFFECTED,
          say.text(
              "desk.form.affected-choice",
              "me",
              Affected.ME.label(say),
              "other",
              Affected.SOMEONE_ELSE.label(say),
              "both",
              Affected.BOTH.label(say)));
    }
    Optional<Boolean> followUp = yesNo(values, FOLLOW_UP, true, errors, say);
    Optional<Boolean> anonymous = yesNo(values, ANONYMOUS, true, errors, say);
    String hrRaw = value(values, HR);
    Optional<HrConsent> hr =
        hrRaw.isEmpty() ? Optional.of(HrConsent.ASK_FIRST) : HrConsent.parse(hrRaw);
    if (hr.isEmpty()) {
      errors.put(
          HR,
          say.text(
              "desk.form.hr-choice",
              "ask",
              HrConsent.ASK_FIRST.label(say),
              "yes",
              HrConsent.YES.label(say),
              "no",
              HrConsent.NO.label(say)));
    }
    Optional<Boolean> escrow = yesNo(values, ESCROW, false, errors, say);
    if (escrow.orElse(false) && who.isEmpty()) {
      errors.put(WHO, say.text("desk.form.escrow-needs-who"));
    }
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    return new Result(
        new ReportDraft(
            what,
            summary,
            when,
            where,
            who,
            affected.get(),
            followUp.get(),
            anonymous.get(),
            hr.get(),
            escrow.get()),
        Map.of());
  }

  /** A checked form: a draft when {@code errors} is empty. */
  record Result(ReportDraft draft, Map<String, String> errors) {
    Result {
      errors = Map.copyOf(errors);
    }
  }

  private static String value(Map<String, String> values, String id) {
    return values.getOrDefault(id, "").replace("\r\n", "\n").strip();
  }

  private static void length(
      Map<String, String> errors, String id, String text, int max, Messages say) {
    if (text.length() > max) {
      errors.put(id, tooLong(say, text.length(), max));
    }
  }

  /** Too long, with the length and the limit as the reader writes numbers. */
  static String tooLong(Messages say, int length, int max) {
    return say.text("desk.too-long", "length", length, "limit", max);
  }

  /**
   * "When" takes any words ("about a week ago"); a date written as a date must be a real past one.
   */
  private static Optional<String> dateProblem(String when, LocalDate today, Messages say) {
    if (!when.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
      return Optional.empty();
    }
    try {
      String[] p = when.split("-");
      LocalDate date =
          LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      return date.isAfter(today)
          ? Optional.of(say.text("desk.form.date-in-future"))
          : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.of(say.text("desk.form.not-a-date", "when", when));
    }
  }

  /** Yes or no as the platforms send it; "sí" too, for a Spanish speaker typing in the shell. */
  private static Optional<Boolean> yesNo(
      Map<String, String> values,
      String id,
      boolean blank,
      Map<String, String> errors,
      Messages say) {
    String v = value(values, id).toLowerCase(Locale.ROOT);
    Optional<Boolean> answer =
        v.isEmpty()
            ? Optional.of(blank)
            : List.of("yes", "y", "true", "sí", "si").contains(v)
                ? Optional.of(true)
                : List.of("no", "n", "false").contains(v) ? Optional.of(false) : Optional.empty();
    if (answer.isEmpty()) {
      errors.put(id, say.text("desk.yes-or-no"));
    }
    return answer;
  }

  private static Field text(String id, String label, FieldType type, boolean required, int max) {
    return new Field(id, label, type, required, max, List.of(), "");
  }

  private static Field choice(String id, String label, List<String> choices, String initial) {
    return new Field(id, label, FieldType.CHOICE, false, 40, choices, initial);
  }

  private static Field yesNo(String id, String label, String initial) {
    return new Field(id, label, FieldType.YES_NO, false, 3, List.of(), initial);
  }

  private static List<String> affectedLabels(Messages say) {
    return Arrays.stream(Affected.values()).map(a -> a.label(say)).toList();
  }

  private static List<String> consentLabels(Messages say) {
    return Arrays.stream(HrConsent.values()).map(c -> c.label(say)).toList();
  }
}
