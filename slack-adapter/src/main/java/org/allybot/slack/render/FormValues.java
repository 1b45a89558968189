package org.allybot.slack.render;

import com.slack.api.model.view.ViewState;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a submitted modal's state back into the core's field id to value map. */
public final class FormValues {
  private FormValues() {}

  public static Map<String, String> of(ViewState state) {
    Map<String, String> values = new LinkedHashMap<>();
    if (state == null || state.getValues() == null) {
      return values;
    }
    state
        .getValues()
        .forEach((blockId, actions) -> {
          if (actions != null) {
            actions.forEach((actionId, v) -> values.put(blockId, value(v)));
          }
        });
    return values;
  }

  /** A field's value; empty for a field Slack sent as null. */
  private static String value(ViewState.Value v) {
    if (v == null) {
      return "";
    }
    if (v.getSelectedOption() != null) {
      return v.getSelectedOption().getValue();
    }
    if (v.getSelectedUser() != null) {
      return v.getSelectedUser();
    }
    return v.getValue() == null ? "" : v.getValue();
  }
}
