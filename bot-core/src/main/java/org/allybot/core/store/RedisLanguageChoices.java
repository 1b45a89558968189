package org.allybot.core.store;

import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.language.Language;
import org.allybot.core.language.LanguageChoices;
import redis.clients.jedis.UnifiedJedis;

/**
 * Languages as three hashes per workspace: {@code lang:chosen} and {@code lang:reported} by member
 * id (forget-me's eraser removes a member's field from every hash), {@code lang:channels} by
 * channel id.
 */
public final class RedisLanguageChoices implements LanguageChoices {
  private final UnifiedJedis redis;

  public RedisLanguageChoices(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public Optional<Language> chosen(UserRef user) {
    return read(Keys.of(user.workspace(), "lang:chosen"), user.userId());
  }

  @Override
  public void choose(UserRef user, Optional<Language> language) {
    write(Keys.of(user.workspace(), "lang:chosen"), user.userId(), language);
  }

  @Override
  public Optional<Language> reported(UserRef user) {
    return read(Keys.of(user.workspace(), "lang:reported"), user.userId());
  }

  @Override
  public void report(UserRef user, Language language) {
    write(Keys.of(user.workspace(), "lang:reported"), user.userId(), Optional.of(language));
  }

  @Override
  public Optional<Language> channel(WorkspaceId workspace, String channelId) {
    return read(Keys.of(workspace, "lang:channels"), channelId);
  }

  @Override
  public void setChannel(WorkspaceId workspace, String channelId, Optional<Language> language) {
    write(Keys.of(workspace, "lang:channels"), channelId, language);
  }

  private Optional<Language> read(String key, String field) {
    return Optional.ofNullable(redis.hget(key, field)).flatMap(Language::ofTag);
  }

  private void write(String key, String field, Optional<Language> language) {
    if (language.isPresent()) {
      redis.hset(key, field, language.get().tag());
    } else {
      redis.hdel(key, field);
    }
  }
}
