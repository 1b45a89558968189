package org.allybot.slack;

import java.time.Duration;
import java.util.Optional;

/**
 * The little storage the Slack adapter needs (installations, OAuth states, ids of requests already
 * seen), implemented by the server on the core's Redis. Keys follow the core's key scheme.
 */
public interface SlackStore {
  /** Records {@code key} for {@code ttl}; true only the first time (Redis {@code SET NX EX}). */
  boolean firstTime(String key, Duration ttl);

  /** True if {@code key} exists. */
  boolean exists(String key);

  /** Deletes a whole key. */
  void delete(String key);

  /** Sets one field of a hash. */
  void putField(String key, String field, String value);

  /** One field of a hash. */
  Optional<String> field(String key, String field);

  /** Removes fields from a hash. */
  void deleteFields(String key, String... fields);
}
