package org.allybot.slack.oauth;

import com.slack.api.bolt.service.OAuthStateService;
import java.time.Duration;
import org.allybot.core.store.Keys;
import org.allybot.slack.SlackStore;

/** OAuth {@code state} values in the shared store for ten minutes, each usable once. */
public final class StoredOAuthStates implements OAuthStateService {
  private final SlackStore store;

  public StoredOAuthStates(SlackStore store) {
    this.store = store;
  }

  static String key(String state) {
    return Keys.global("slack-oauth-state", state);
  }

  @Override
  public void addNewStateToDatastore(String state) {
    store.firstTime(key(state), Duration.ofSeconds(getExpirationInSeconds()));
  }

  @Override
  public boolean isAvailableInDatabase(String state) {
    return state != null && store.exists(key(state));
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    if (state != null) {
      store.delete(key(state));
    }
  }
}
