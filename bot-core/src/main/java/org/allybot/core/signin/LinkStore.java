package org.allybot.core.signin;

import java.time.Duration;
import java.util.Optional;

/**
 * Where one-time links wait to be used, by the hash of their token (never the token itself). Each
 * is kept for a relative time and taken at most once.
 */
public interface LinkStore {
  void put(LinkPurpose purpose, String tokenHash, LinkHolder holder, Duration validFor);

  /** The holder, removing the link in the same step; empty if unknown, expired or already taken. */
  Optional<LinkHolder> take(LinkPurpose purpose, String tokenHash);

  /** The holder, leaving the link where it is; empty if unknown, expired or already taken. */
  Optional<LinkHolder> find(LinkPurpose purpose, String tokenHash);

  /** How long the link still works; empty if unknown, expired or already taken. */
  Optional<Duration> timeLeft(LinkPurpose purpose, String tokenHash);
}
