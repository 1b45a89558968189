package org.allybot.core.xapi;

import java.util.Optional;
import org.allybot.core.UserRef;

/**
 * A member's e-mail as their platform reports it, for {@link ActorMode#EMAIL} only. Adapters answer
 * from what they already know and never block for long; empty when unknown.
 */
public interface MemberEmails {
  MemberEmails NONE = member -> Optional.empty();

  Optional<String> emailOf(UserRef member);
}
