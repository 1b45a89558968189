package org.allybot.core.desk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  /** The form; its field ids are the constants above. */
  public static Block.Form form() {
    return new Block.Form(
        ID,
        "Confidential report",
        List.of(
            text(WHAT, DeskTexts.FIELD_WHAT, FieldType.LONG_TEXT, true, WHAT_MAX),
            text(SUMMARY, DeskTexts.FIELD_SUMMARY, FieldType.SHORT_TEXT, false, SUMMARY_MAX),
            text(WHEN, DeskTexts.FIELD_WHEN, FieldType.SHORT_TEXT, false, SHORT_MAX),
            text(WHERE, DeskTexts.FIELD_WHERE, FieldType.SHORT_TEXT, false, SHORT_MAX),
            text(WHO, DeskTexts.FIELD_WHO, FieldType.SHORT_TEXT, false, SHORT_MAX),
            choice(AFFECTED, DeskTexts.FIELD_AFFECTED, labels(Affected.values()), "me"),
            yesNo(FOLLOW_UP, DeskTexts.FIELD_FOLLOW_UP, "yes"),
            yesNo(ANONYMOUS, DeskTexts.FIELD_ANONYMOUS, "yes"),
            choice(HR, DeskTexts.FIELD_HR, labels(HrConsent.values()), "ask me first"),
            yesNo(ESCROW, DeskTexts.FIELD_ESCROW, "no")),
        "Send report");
  }

  /** The checked draft, or the problems by field id. */
  static Result check(Map<String, String> values, LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    String what = value(values, WHAT);
    if (what.isEmpty()) {
      errors.put(WHAT, DeskTexts.whatMissing());
    }
    length(errors, WHAT, what, WHAT_MAX);
    String summary = value(values, SUMMARY);
    length(errors, SUMMARY, summary, SUMMARY_MAX);
    if (summary.contains("\n")) {
      errors.put(SUMMARY, DeskTexts.summaryOneLine());
    }
    String when = value(values, WHEN);
    length(errors, WHEN, when, SHORT_MAX);
    dateProblem(when, today).ifPresent(p -> errors.put(WHEN, p));
    String where = value(values, WHERE);
    length(errors, WHERE, where, SHORT_MAX);
    String who = value(values, WHO);
    length(errors, WHO, who, SHORT_MAX);
    Optional<Affected> affected =
        Affected.parse(
            values.getOrDefault(AFFECTED, "").isBlank() ? "me" : value(values, AFFECTED));
    affected.ifPresentOrElse(a -> {}, () -> errors.put(AFFECTED, DeskTexts.affectedChoice()));
    Optional<Boolean> followUp = yesNo(values, FOLLOW_UP, true, errors);
    Optional<Boolean> anonymous = yesNo(values, ANONYMOUS, true, errors);
    String hrRaw = value(values, HR);
    Optional<HrConsent> hr = HrConsent.parse(hrRaw.isEmpty() ? "ask me first" : hrRaw);
    hr.ifPresentOrElse(h -> {}, () -> errors.put(HR, DeskTexts.hrChoice()));
    Optional<Boolean> escrow = yesNo(values, ESCROW, false, errors);
    if (escrow.orElse(false) && who.isEmpty()) {
      errors.put(WHO, DeskTexts.escrowNeedsWho());
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

  private static void length(Map<String, String> errors, String id, String text, int max) {
    if (text.length() > max) {
      errors.put(id, DeskTexts.tooLong(text.length(), max));
    }
  }

  /**
   * "When" takes any words ("about a week ago"); a date written as a date must be a real past one.
   */
  private static Optional<String> dateProblem(String when, LocalDate today) {
    if (!when.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
      return Optional.empty();
    }
    try {
      String[] p = when.split("-");
      LocalDate date =
          LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      return date.isAfter(today) ? Optional.of(DeskTexts.dateInFuture()) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.of(DeskTexts.notADate(when));
    }
  }

  private static Optional<Boolean> yesNo(
      Map<String, String> values, String id, boolean blank, Map<String, String> errors) {
    String v = value(values, id).toLowerCase(Locale.ROOT);
    Optional<Boolean> answer =
        v.isEmpty()
            ? Optional.of(blank)
            : List.of("yes", "y", "true").contains(v)
                ? Optional.of(true)
                : List.of("no", "n", "false").contains(v) ? Optional.of(false) : Optional.empty();
    if (answer.isEmpty()) {
      errors.put(id, DeskTexts.yesOrNo());
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

  private static List<String> labels(Affected[] values) {
    return Arrays.stream(values).map(Affected::label).toList();
  }

  private static List<String> labels(HrConsent[] values) {
    return Arrays.stream(values).map(HrConsent::label).toList();
  }
}
