package org.allybot.core.community;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;

/** The community's buttons (offer advice, helpful, resolve, edit tags, feature) and its forms. */
final class CommunityActions {
  private final UseCases cases;

  CommunityActions(UseCases cases) {
    this.cases = cases;
  }

  /** A community button. */
  Reply choice(Actor actor, String action, String value) {
    UserRef user = actor.user();
    WorkspaceId ws = user.workspace();
    Messages say = cases.poster().member(user);
    String[] parts = value.split("\\|", 2);
    int n = Threads.number(say, parts[0], "/ally help");
    return switch (action) {
      case CommunityMessages.OFFER -> {
        Question q = cases.threads().questionOf(say, ws, n, CommunityCommands.ADVISE_USAGE);
        yield q.status().isGone()
            ? Reply.text(Threads.closed(say, q))
            : Reply.openForm(cases.posting().adviseForm(user, q.number()));
      }
      case CommunityMessages.HELPFUL ->
          cases
              .helpful()
              .mark(user, cases.threads().post(say, ws, n, CommunityCommands.HELPFUL_USAGE));
      case CommunityMessages.RESOLVE -> {
        Question q = cases.threads().questionOf(say, ws, n, CommunityCommands.RESOLVE_USAGE);
        yield cases.names().isAuthor(ws, q, user.userId())
            ? Reply.openForm(CommunityMessages.resolveForm(say, q.number()))
            : Reply.text(say.text("community.resolve.not-asker", "n", q.number()));
      }
      case CommunityMessages.EDIT_TAGS ->
          Reply.openForm(
              CommunityMessages.tagsForm(
                  say, cases.threads().questionOf(say, ws, n, CommunitySettings.TAGS_USAGE)));
      case CommunityMessages.FEATURE ->
          cases
              .resolve()
              .consent(
                  user,
                  cases.threads().questionOf(say, ws, n, CommunityCommands.RESOLVE_USAGE),
                  parts.length == 2 && parts[1].equals("yes"));
      default -> Reply.text(say.text("community.button.gone"));
    };
  }

  /** A community form. */
  Reply form(Actor actor, String formId, Map<String, String> values) {
    if (formId.equals(CommunityMessages.ASK_FORM)) {
      return cases.ask().submit(actor, values);
    }
    UserRef user = actor.user();
    WorkspaceId ws = user.workspace();
    Messages say = cases.poster().member(user);
    int bar = formId.indexOf('|');
    if (bar < 0) {
      return Reply.text(say.text("community.form.gone"));
    }
    Question q =
        cases
            .threads()
            .questionOf(
                say,
                ws,
                Threads.number(say, formId.substring(bar + 1), "/ally help"),
                "/ally help");
    String kind = formId.substring(0, bar + 1);
    return switch (kind) {
      case CommunityMessages.ADVISE_FORM -> {
        String text = values.getOrDefault("text", "").strip();
        Optional<Boolean> anonymous = TextRules.yesNo(values.getOrDefault("anonymous", ""), false);
        Map<String, String> errors = new LinkedHashMap<>();
        if (text.isEmpty() || TextRules.tooLong(text)) {
          errors.put(
              "text",
              text.isEmpty()
                  ? say.text("community.advise.need-text")
                  : TextRules.lengthProblem(say, text));
        }
        if (anonymous.isEmpty()) {
          errors.put("anonymous", say.text("community.yes-no"));
        }
        yield errors.isEmpty()
            ? cases.posting().advise(user, q, text, anonymous.get())
            : Reply.formErrors(errors);
      }
      case CommunityMessages.RESOLVE_FORM -> {
        String what = values.getOrDefault("what", "").strip();
        Optional<Boolean> feature = TextRules.yesNo(values.getOrDefault("feature", ""), false);
        Map<String, String> errors = new LinkedHashMap<>();
        if (TextRules.tooLong(what)) {
          errors.put("what", TextRules.lengthProblem(say, what));
        }
        if (feature.isEmpty()) {
          errors.put("feature", say.text("community.yes-no"));
        }
        yield errors.isEmpty()
            ? cases.resolve().resolve(user, q, what, feature)
            : Reply.formErrors(errors);
      }
      case CommunityMessages.TAGS_FORM -> {
        try {
          yield cases
              .settings()
              .tags(actor, q, values.getOrDefault("tags", ""), cases.hide().mayModerate(actor));
        } catch (UsageException e) {
          yield Reply.formErrors(Map.of("tags", e.getMessage()));
        }
      }
      default -> Reply.text(say.text("community.form.gone"));
    };
  }
}
