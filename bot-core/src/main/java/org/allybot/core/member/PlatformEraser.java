package org.allybot.core.member;

import java.time.Instant;
import java.util.Map;
import org.allybot.core.ChatPlatform;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the rest of the store forget a member, then the member's platform adapter forget what it
 * keeps of them itself (a Slack installer's user token). The adapter's part is best effort: the
 * core's data is gone whether or not it succeeds, and a failure is logged without the member.
 */
public final class PlatformEraser implements DataEraser {
  private static final Logger LOG = LoggerFactory.getLogger(PlatformEraser.class);

  private final DataEraser rest;
  private final Map<Platform, ChatPlatform> platforms;

  public PlatformEraser(DataEraser rest, Map<Platform, ChatPlatform> platforms) {
    this.rest = rest;
    this.platforms = Map.copyOf(platforms);
  }

  @Override
  public void forget(UserRef user) {
    rest.forget(user);
    ChatPlatform platform = platforms.get(user.workspace().platform());
    if (platform == null) {
      return;
    }
    try {
      platform.forget(user);
    } catch (RuntimeException e) {
      LOG.warn(
          "The {} adapter could not forget a member of {}: {}",
          user.workspace().platform(),
          user.workspace().key(),
          e.getClass().getSimpleName());
    }
  }

  @Override
  public void deleteWorkspace(WorkspaceId workspace) {
    rest.deleteWorkspace(workspace);
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    return rest.purgeBefore(cutoff);
  }
}
