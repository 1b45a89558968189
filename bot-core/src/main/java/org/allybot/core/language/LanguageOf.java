package org.allybot.core.language;

import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/**
 * Decides which language a member or a channel gets: a member's own choice, else their platform's
 * locale, else the workspace default; a channel's setting, else the default.
 */
public final class LanguageOf {
  private final LanguageChoices choices;
  private final Language defaultLanguage;

  public LanguageOf(LanguageChoices choices, Language defaultLanguage) {
    this.choices = choices;
    this.defaultLanguage = defaultLanguage;
  }

  public Language member(UserRef user) {
    return choices.chosen(user).or(() -> choices.reported(user)).orElse(defaultLanguage);
  }

  public Language channel(WorkspaceId workspace, String channelId) {
    return choices.channel(workspace, channelId).orElse(defaultLanguage);
  }

  /** The bot's texts in the member's language. */
  public Messages messages(UserRef user) {
    return Messages.in(member(user));
  }

  public Language defaultLanguage() {
    return defaultLanguage;
  }

  public LanguageChoices choices() {
    return choices;
  }
}
