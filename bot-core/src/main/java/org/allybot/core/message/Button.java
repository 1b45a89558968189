package org.allybot.core.message;

/** A button: what it says, and the action and value sent back to the core when pressed. */
public record Button(String label, String action, String value, Style style) {
  /** How prominently a platform may draw the button. */
  public enum Style {
    DEFAULT,
    PRIMARY,
    DANGER
  }

  public static Button of(String label, String action, String value) {
    return new Button(label, action, value, Style.DEFAULT);
  }
}
