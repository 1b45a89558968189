package org.allybot.core.recognition;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.member.DataEraser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets every recognition a member gave or received (with its one-time claims), taking down the
 * channel posts that name them, then lets the rest of the store forget them; their sharing
 * preference and daily count go with the member's own keys. A workspace purge drops all of
 * recognition's keys with the workspace's (its channel's history stays the workspace's own).
 * Retention deletes recognitions given before the cutoff; no count of them is kept, as with
 * answers.
 */
public final class RecognitionEraser implements DataEraser {
  private static final Logger LOG = LoggerFactory.getLogger(RecognitionEraser.class);

  private final DataEraser rest;
  private final RecognitionStore store;
  private final Map<Platform, ChatPlatform> platforms;

  public RecognitionEraser(
      DataEraser rest, RecognitionPorts ports, Map<Platform, ChatPlatform> platforms) {
    this.rest = rest;
    this.store = ports.store();
    this.platforms = Map.copyOf(platforms);
  }

  @Override
  public void forget(UserRef user) {
    WorkspaceId ws = user.workspace();
    for (Recognition r : store.all(ws)) {
      if (r.involves(user.userId())) {
        store.post(ws, r.id()).ifPresent(this::takeDown);
        store.delete(ws, r.id());
      }
    }
    rest.forget(user);
  }

  /** Best effort: the member's data goes whether or not the platform answers now. */
  private void takeDown(MessageRef post) {
    Optional<ChatPlatform> platform =
        Optional.ofNullable(platforms.get(post.workspace().platform()));
    try {
      if (platform.isPresent()) {
        platform.get().delete(post);
      }
    } catch (DeliveryException e) {
      LOG.warn("A forgotten member's recognition post could not be deleted: {}", e.getMessage());
    }
  }

  @Override
  public void deleteWorkspace(WorkspaceId workspace) {
    rest.deleteWorkspace(workspace);
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    return rest.purgeBefore(cutoff) + store.deleteGivenBefore(cutoff);
  }
}
