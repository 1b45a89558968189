package org.allybot.core.signin;

import java.time.Duration;
import java.util.Optional;

/**
 * Where one-time links wait to be used, by the hash of their token (never the token itself), each
 * with its holder sealed under a key only the token gives. Each is kept for a relative time and
 * taken at most once.
 */
public interface LinkStore {
  void put(LinkPurpose purpose, String tokenHash, String sealedHolder, Duration validFor);

  /** The sealed holder, removing the link in the same step; empty if unknown, expired or taken. */
  Optional<String> take(LinkPurpose purpose, String tokenHash);

  /** The sealed holder, leaving the link where it is; empty if unknown, expired or taken. */
  Optional<String> find(LinkPurpose purpose, String tokenHash);

  /** How long the link still works; empty if unknown, expired or already taken. */
  Optional<Duration> timeLeft(LinkPurpose purpose, String tokenHash);
}
