package org.allybot.core.language;

import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/**
 * What decides each member's and channel's language: the member's own choice, the locale their
 * platform reported, and the channel's setting. Forget-me removes a member's entries.
 */
public interface LanguageChoices {
  /** The member's own choice, or empty for "auto" (follow the platform). */
  Optional<Language> chosen(UserRef user);

  void choose(UserRef user, Optional<Language> language);

  /** The language of the locale the member's platform last reported, if Allybot speaks it. */
  Optional<Language> reported(UserRef user);

  void report(UserRef user, Language language);

  /** A channel's own language, or empty for the workspace default. */
  Optional<Language> channel(WorkspaceId workspace, String channelId);

  void setChannel(WorkspaceId workspace, String channelId, Optional<Language> language);

  /** No choices at all: everyone gets the default; for tests and tools that need no store. */
  LanguageChoices NONE =
      new LanguageChoices() {
        @Override
        public Optional<Language> chosen(UserRef user) {
          return Optional.empty();
        }

        @Override
        public void choose(UserRef user, Optional<Language> language) {}

        @Override
        public Optional<Language> reported(UserRef user) {
          return Optional.empty();
        }

        @Override
        public void report(UserRef user, Language language) {}

        @Override
        public Optional<Language> channel(WorkspaceId workspace, String channelId) {
          return Optional.empty();
        }

        @Override
        public void setChannel(
            WorkspaceId workspace, String channelId, Optional<Language> language) {}
      };
}
