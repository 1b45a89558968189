package org.allybot.server.desk;

import java.util.List;
import java.util.Map;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.server.dashboard.Html;

/**
 * A core {@link Block.Form} as an accessible HTML form that works without scripts: every field has
 * a label, a required mark, its limit, and its error next to it; after a refused submission the
 * values come back as they were typed, so nothing is lost.
 */
final class FormPage {
  /** Up to this many choices show as radio buttons (all visible at once); more as a list box. */
  private static final int MAX_RADIOS = 5;

  private FormPage() {}

  /** The page for {@code form}, holding the link's token and the page's check value. */
  static String render(
      Messages say, Block.Form form, FormInput input, String action, String token, String csrf) {
    StringBuilder h = new StringBuilder(8192);
    h.append("<h1>").append(Html.esc(form.title())).append("</h1>\n");
    if (!input.errors().isEmpty()) {
      problems(say, h, form, input.errors());
    }
    h.append("<p class=\"legend\">").append(Html.esc(say.text("pages.desk.required-legend")));
    h.append("</p>\n");
    h.append("<form method=\"post\" action=\"").append(Html.esc(action));
    h.append("\" accept-charset=\"utf-8\">\n");
    hidden(h, FormInput.TOKEN, token);
    hidden(h, FormInput.CSRF, csrf);
    for (Block.Field field : form.fields()) {
      field(say, h, field, input.value(field), input.errors().get(field.id()));
    }
    h.append("<p><button type=\"submit\">").append(Html.esc(form.submitLabel()));
    h.append("</button></p>\n</form>\n");
    return DeskPageFrame.page(say, form.title(), h.toString());
  }

  /**
   * The refusal of a post whose link no longer works, with every text answer sent shown read-only,
   * so that nothing written is lost; no form, since the link cannot send it.
   */
  static String keptAnswers(Messages say, Block.Form form, FormInput sent, long minutes) {
    String title = say.text("pages.desk.link-failed");
    StringBuilder h = new StringBuilder(8192);
    h.append("<h1>").append(Html.esc(title)).append("</h1>\n<p>");
    h.append(Html.esc(say.text("pages.desk.link-failed-text", "minutes", minutes)));
    h.append("</p>\n");
    List<Block.Field> written =
        form.fields().stream().filter(f -> isText(f) && !sent.value(f).isBlank()).toList();
    if (!written.isEmpty()) {
      h.append("<h2>").append(Html.esc(say.text("pages.desk.kept-title"))).append("</h2>\n<p>");
      h.append(Html.esc(say.text("pages.desk.kept-text"))).append("</p>\n");
      for (Block.Field field : written) {
        h.append("<div class=\"field\">\n<label for=\"").append(id(field)).append("\">");
        h.append(Html.esc(field.label())).append("</label>\n<textarea rows=\"4\" id=\"");
        h.append(id(field)).append("\" readonly>\n").append(Html.esc(sent.value(field)));
        h.append("</textarea>\n</div>\n");
      }
    }
    return DeskPageFrame.page(say, title, h.toString());
  }

  /** A summary at the top that a screen reader announces, linking to each field to fix. */
  private static void problems(
      Messages say, StringBuilder h, Block.Form form, Map<String, String> errors) {
    h.append("<div class=\"problems\" role=\"alert\">\n<h2>");
    h.append(Html.esc(say.text("pages.desk.fix-title"))).append("</h2>\n<p>");
    h.append(Html.esc(say.text("pages.desk.fix-text"))).append("</p>\n<ul>\n");
    for (Block.Field field : form.fields()) {
      String error = errors.get(field.id());
      if (error != null) {
        h.append("<li><a href=\"#").append(id(field)).append("\">").append(Html.esc(field.label()));
        h.append("</a>: ").append(Html.esc(error)).append("</li>\n");
      }
    }
    h.append("</ul>\n</div>\n");
  }

  private static void field(
      Messages say, StringBuilder h, Block.Field field, String value, String error) {
    String cls = error == null ? "field" : "field invalid";
    switch (field.type()) {
      case SHORT_TEXT, LONG_TEXT -> {
        h.append("<div class=\"").append(cls).append("\">\n");
        label(say, h, field, "label for=\"" + id(field) + "\"", "label");
        notes(say, h, field, error);
        text(h, field, value, error != null);
        h.append("</div>\n");
      }
      case CHOICE, YES_NO -> {
        h.append("<fieldset class=\"").append(cls).append("\"").append(describedBy(field, error));
        h.append(">\n");
        label(say, h, field, "legend", "legend");
        notes(say, h, field, error);
        choices(say, h, field, value);
        h.append("</fieldset>\n");
      }
    }
  }

  private static void label(
      Messages say, StringBuilder h, Block.Field field, String open, String close) {
    h.append("<").append(open).append(">").append(Html.esc(field.label()));
    if (field.required()) {
      h.append(" <span class=\"required\">(")
          .append(Html.esc(say.text("pages.desk.required-mark")))
          .append(")</span>");
    }
    h.append("</").append(close).append(">\n");
  }

  private static void notes(Messages say, StringBuilder h, Block.Field field, String error) {
    if (isText(field) && field.maxLength() > 0) {
      h.append("<p class=\"hint\" id=\"").append(id(field)).append("-hint\">");
      h.append(Html.esc(say.text("pages.desk.characters-at-most", "max", field.maxLength())));
      h.append("</p>\n");
    }
    if (error != null) {
      h.append("<p class=\"error\" id=\"").append(id(field)).append("-error\">");
      h.append(Html.esc(error)).append("</p>\n");
    }
  }

  private static void text(StringBuilder h, Block.Field field, String value, boolean invalid) {
    boolean area = field.type() == Block.FieldType.LONG_TEXT;
    h.append(area ? "<textarea rows=\"8\"" : "<input type=\"text\"");
    h.append(" id=\"").append(id(field)).append("\" name=\"").append(name(field)).append("\"");
    if (field.maxLength() > 0) {
      h.append(" maxlength=\"").append(field.maxLength()).append("\"");
    }
    h.append(field.required() ? " required" : "").append(invalid ? " aria-invalid=\"true\"" : "");
    h.append(describedBy(field, invalid ? "" : null)).append(" autocomplete=\"off\"");
    if (area) {
      // A newline right after the tag would be dropped by the parser, and with it a first
      // empty line the reporter typed.
      h.append(">\n").append(Html.esc(value)).append("</textarea>\n");
    } else {
      h.append(" value=\"").append(Html.esc(value)).append("\">\n");
    }
  }

  private static void choices(Messages say, StringBuilder h, Block.Field field, String value) {
    List<String[]> options = FormInput.options(field, say);
    if (options.size() > MAX_RADIOS) {
      select(say, h, field, value, options);
      return;
    }
    for (int i = 0; i < options.size(); i++) {
      String optionId = id(field) + "-" + i;
      String[] option = options.get(i);
      h.append("<div class=\"choice\"><input type=\"radio\" id=\"").append(optionId);
      h.append("\" name=\"").append(name(field)).append("\" value=\"").append(Html.esc(option[0]));
      h.append("\"").append(option[0].equals(value) ? " checked" : "");
      h.append(field.required() ? " required" : "").append("><label for=\"").append(optionId);
      h.append("\">").append(Html.esc(option[1])).append("</label></div>\n");
    }
  }

  private static void select(
      Messages say, StringBuilder h, Block.Field field, String value, List<String[]> options) {
    h.append("<select id=\"").append(id(field)).append("\" name=\"").append(name(field));
    h.append("\" aria-label=\"").append(Html.esc(field.label())).append("\"");
    h.append(field.required() ? " required" : "").append(">\n<option value=\"\">");
    h.append(Html.esc(say.text("pages.desk.choose"))).append("</option>\n");
    for (String[] option : options) {
      h.append("<option value=\"").append(Html.esc(option[0])).append("\"");
      h.append(option[0].equals(value) ? " selected" : "").append(">");
      h.append(Html.esc(option[1])).append("</option>\n");
    }
    h.append("</select>\n");
  }

  private static void hidden(StringBuilder h, String name, String value) {
    h.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"");
    h.append(Html.esc(value == null ? "" : value)).append("\">\n");
  }

  /** Points a control (or a fieldset) at its hint and its error, so both are read with it. */
  private static String describedBy(Block.Field field, String error) {
    String ids = isText(field) && field.maxLength() > 0 ? id(field) + "-hint" : "";
    if (error != null) {
      ids = (ids + " " + id(field) + "-error").strip();
    }
    return ids.isEmpty() ? "" : " aria-describedby=\"" + ids + "\"";
  }

  private static boolean isText(Block.Field field) {
    return field.type() == Block.FieldType.SHORT_TEXT || field.type() == Block.FieldType.LONG_TEXT;
  }

  static String id(Block.Field field) {
    return "f-" + field.id().replaceAll("[^A-Za-z0-9_-]", "_");
  }

  static String name(Block.Field field) {
    return FormInput.name(field);
  }
}
