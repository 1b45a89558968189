package org.allybot.core.message;

import java.util.List;

/** The closed set of things a message is made of; renderers switch over it exhaustively. */
public sealed interface Block {
  /** A short bold title. */
  record Header(String text) implements Block {}

  /** A paragraph; *bold* and _italic_ marks are allowed. */
  record Text(String text) implements Block {}

  /** A poll's options; the chosen one, if any, is marked. */
  record Choices(List<Button> options, String chosenValue, String language) implements Block {
    public Choices {
      options = List.copyOf(options);
      // A poll from before polls had a language is English, as a form is.
      language = language == null || language.isBlank() ? "en" : language;
    }

    /** Choices whose platform words (a "Choose" button, "Your answer") are English. */
    public Choices(List<Button> options, String chosenValue) {
      this(options, chosenValue, "en");
    }
  }

  /** A row of buttons. */
  record Buttons(List<Button> buttons) implements Block {
    public Buttons {
      buttons = List.copyOf(buttons);
    }
  }

  /** Small print under a message. */
  record Context(String text) implements Block {}

  /** A visual separator. */
  record Divider() implements Block {}

  /**
   * A form (a modal on Slack, a card form on Teams, prompts in the shell). {@code language} is the
   * BCP 47 tag of the language it is written in, so that each platform's own words around it
   * (Cancel, Yes and No, "required") are in that language too.
   */
  record Form(String formId, String title, List<Field> fields, String submitLabel, String language)
      implements Block {
    public Form {
      fields = List.copyOf(fields);
      // A form from before forms had a language (a Teams card's spec) is English.
      language = language == null || language.isBlank() ? "en" : language;
    }

    /** A form written in English. */
    public Form(String formId, String title, List<Field> fields, String submitLabel) {
      this(formId, title, fields, submitLabel, "en");
    }
  }

  /** One form field. */
  record Field(
      String id,
      String label,
      FieldType type,
      boolean required,
      int maxLength,
      List<String> choices,
      String initial) {
    public Field {
      choices = List.copyOf(choices);
    }
  }

  /** What a form field takes. */
  enum FieldType {
    SHORT_TEXT,
    LONG_TEXT,
    CHOICE,
    YES_NO,
    /**
     * One member of the workspace, by platform user id: Slack's user picker, Teams' people picker,
     * a typed @mention in the shell. {@code initial} is a user id.
     */
    PERSON
  }
}
