package org.allybot.slack;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SlackStore} in memory for the adapter's own tests (TTLs are ignored). */
public final class InMemorySlackStore implements SlackStore {
  private final Map<String, String> values = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> hashes = new ConcurrentHashMap<>();

  @Override
  public boolean firstTime(String key, Duration ttl) {
    return values.putIfAbsent(key, "1") == null;
  }

  @Override
  public boolean exists(String key) {
    return values.containsKey(key) || hashes.containsKey(key);
  }

  @Override
  public void delete(String key) {
    values.remove(key);
    hashes.remove(key);
  }

  @Override
  public void putField(String key, String field, String value) {
    hashes.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(field, value);
  }

  @Override
  public Optional<String> field(String key, String field) {
    return Optional.ofNullable(hashes.getOrDefault(key, Map.of()).get(field));
  }

  @Override
  public void deleteFields(String key, String... fields) {
    Map<String, String> hash = hashes.get(key);
    if (hash != null) {
      for (String f : fields) {
        hash.remove(f);
      }
      if (hash.isEmpty()) {
        hashes.remove(key);
      }
    }
  }
}
