package org.allybot.core.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allybot.core.command.UsageException;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Block.Field;
import org.allybot.core.message.Block.FieldType;

/**
 * The "new campaign" form (a Slack modal, a Teams card form): the same fields as {@code campaign
 * create}, each checked on its own so mistakes are shown beside the field.
 */
public final class CampaignForm {
  public static final String ID = "campaign.new";

  private CampaignForm() {}

  /** The form with its labels in the admin's language. */
  public static Block.Form form(Messages say) {
    return new Block.Form(
        ID,
        say.text("campaign.form.title"),
        List.of(
            new Field(
                "name",
                say.text("campaign.form.name"),
                FieldType.SHORT_TEXT,
                true,
                80,
                List.of(),
                ""),
            new Field(
                "audience",
                say.text("campaign.form.audience"),
                FieldType.SHORT_TEXT,
                false,
                500,
                List.of(),
                "all"),
            new Field(
                "senses",
                say.text("campaign.form.senses"),
                FieldType.SHORT_TEXT,
                false,
                200,
                List.of(),
                ""),
            new Field(
                "topics",
                say.text("campaign.form.topics"),
                FieldType.SHORT_TEXT,
                false,
                300,
                List.of(),
                ""),
            new Field(
                "level",
                say.text("campaign.form.level"),
                FieldType.CHOICE,
                false,
                20,
                List.of("any", "starter", "practised", "advanced"),
                "any"),
            new Field(
                "track",
                say.text("campaign.form.track"),
                FieldType.CHOICE,
                false,
                20,
                List.of("all", "everyone", "managers", "leaders", "hr-erg", "desk-allies"),
                "all"),
            new Field(
                "polls",
                say.text("campaign.form.polls"),
                FieldType.SHORT_TEXT,
                false,
                60,
                List.of(),
                "mon,wed,fri@09:30"),
            new Field(
                "lessons",
                say.text("campaign.form.lessons"),
                FieldType.SHORT_TEXT,
                false,
                60,
                List.of(),
                "tue,thu@09:30"),
            new Field(
                "digest",
                say.text("campaign.form.digest"),
                FieldType.SHORT_TEXT,
                false,
                100,
                List.of(),
                ""),
            new Field(
                "start",
                say.text("campaign.form.start"),
                FieldType.SHORT_TEXT,
                false,
                10,
                List.of(),
                ""),
            new Field(
                "end",
                say.text("campaign.form.end"),
                FieldType.SHORT_TEXT,
                false,
                10,
                List.of(),
                ""),
            new Field(
                "mandatory",
                say.text("campaign.form.mandatory"),
                FieldType.YES_NO,
                false,
                3,
                List.of(),
                "no")),
        say.text("campaign.form.create"),
        say.language().tag());
  }

  /** The form's values as {@code campaign create} options; blank and "any" values are left out. */
  static Map<String, String> options(Map<String, String> values) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String key :
        List.of(
            "audience",
            "senses",
            "topics",
            "level",
            "track",
            "polls",
            "lessons",
            "digest",
            "start",
            "end")) {
      String value = values.getOrDefault(key, "").strip();
      boolean everything =
          (key.equals("level") && value.equals("any"))
              || (key.equals("track") && value.equals("all"));
      if (!value.isEmpty() && !everything) {
        options.put(key, value);
      }
    }
    if (isYes(values.getOrDefault("mandatory", ""))) {
      options.put("mandatory", "");
    }
    return options;
  }

  /** One message per field that is wrong on its own. */
  static Map<String, String> errors(
      Messages say, Map<String, String> values, Campaign base, Set<String> topics) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (Campaign.idOf(values.getOrDefault("name", "")).isEmpty()) {
      errors.put("name", say.text("campaign.form.bad-name"));
    }
    options(values)
        .forEach((key, value) -> {
          try {
            CampaignOptions.apply(say, base, Map.of(key, value), topics);
          } catch (UsageException e) {
            errors.put(key, e.getMessage());
          }
        });
    return errors;
  }

  private static boolean isYes(String value) {
    return Set.of("yes", "true", "on", "y")
        .contains(value.strip().toLowerCase(java.util.Locale.ROOT));
  }
}
