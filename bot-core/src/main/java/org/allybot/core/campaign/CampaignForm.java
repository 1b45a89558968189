package org.allybot.core.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.UsageException;
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

  public static Block.Form form() {
    return new Block.Form(
        ID,
        "New campaign",
        List.of(
            new Field("name", "Name", FieldType.SHORT_TEXT, true, 80, List.of(), ""),
            new Field(
                "audience",
                "Audience: all, a #channel, or @user,@user",
                FieldType.SHORT_TEXT,
                false,
                500,
                List.of(),
                "all"),
            new Field(
                "senses",
                "Senses (empty for all): act, listen, privilege, speak, bias, empathy",
                FieldType.SHORT_TEXT,
                false,
                200,
                List.of(),
                ""),
            new Field(
                "topics",
                "Topics (empty for all), such as pronouns, meetings",
                FieldType.SHORT_TEXT,
                false,
                300,
                List.of(),
                ""),
            new Field(
                "level",
                "Level",
                FieldType.CHOICE,
                false,
                20,
                List.of("any", "starter", "practised", "advanced"),
                "any"),
            new Field(
                "track",
                "Role track: the items written for one role",
                FieldType.CHOICE,
                false,
                20,
                List.of("all", "everyone", "managers", "leaders", "hr-erg", "desk-allies"),
                "all"),
            new Field(
                "polls",
                "Polls: days@time, or none",
                FieldType.SHORT_TEXT,
                false,
                60,
                List.of(),
                "mon,wed,fri@09:30"),
            new Field(
                "lessons",
                "Lessons: days@time, or none",
                FieldType.SHORT_TEXT,
                false,
                60,
                List.of(),
                "tue,thu@09:30"),
            new Field(
                "digest",
                "Weekly digest: day@time #channel (empty for none)",
                FieldType.SHORT_TEXT,
                false,
                100,
                List.of(),
                ""),
            new Field(
                "start",
                "Start date (YYYY-MM-DD, empty for today)",
                FieldType.SHORT_TEXT,
                false,
                10,
                List.of(),
                ""),
            new Field(
                "end",
                "End date (YYYY-MM-DD, empty for open-ended)",
                FieldType.SHORT_TEXT,
                false,
                10,
                List.of(),
                ""),
            new Field(
                "mandatory",
                "Mandatory (everyone in the audience takes part)",
                FieldType.YES_NO,
                false,
                3,
                List.of(),
                "no")),
        "Create");
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
      WorkspaceId ws, Map<String, String> values, Campaign base, Set<String> topics) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (Campaign.idOf(values.getOrDefault("name", "")).isEmpty()) {
      errors.put("name", "Give the campaign a name with letters or digits.");
    }
    options(values)
        .forEach((key, value) -> {
          try {
            CampaignOptions.apply(base, Map.of(key, value), topics);
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
