package org.allybot.slack;

import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;

/**
 * The language of a member the adapter refuses a request from before the core sees it: their own
 * choice or the Slack locale Allybot last saw, when the request names a member by well-formed ids;
 * English when it does not (nobody is known yet).
 */
public final class MemberLanguage {
  /** English for everyone: for tests and tools with no core behind them. */
  public static final MemberLanguage ENGLISH = new MemberLanguage(null);

  private final LanguageOf languages;

  public MemberLanguage(LanguageOf languages) {
    this.languages = languages;
  }

  /** The texts for the member {@code user} of team {@code team}, ids as Slack sent them. */
  public Messages of(String team, String user) {
    if (languages == null || !SlackIds.team(team) || !SlackIds.user(user)) {
      return Messages.english();
    }
    try {
      return languages.messages(new UserRef(new WorkspaceId(Platform.SLACK, team), user));
    } catch (RuntimeException e) { // the store is away: a refusal still gets its answer
      return Messages.english();
    }
  }
}
