package org.allybot.core.delivery;

import java.util.List;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.message.Message;

/**
 * A platform whose {@link #openDirect} first waits for the workspace's open rate, handed to {@link
 * DirectChannels} so a cache miss is throttled too. The other calls pass straight through.
 */
final class ThrottledOpens implements ChatPlatform {
  private final ChatPlatform platform;
  private final RateLimiter limiter;

  ThrottledOpens(ChatPlatform platform, RateLimiter limiter) {
    this.platform = platform;
    this.limiter = limiter;
  }

  @Override
  public Platform platform() {
    return platform.platform();
  }

  @Override
  public MessageRef send(Recipient recipient, Message message) throws DeliveryException {
    return platform.send(recipient, message);
  }

  @Override
  public void update(MessageRef ref, Message message) throws DeliveryException {
    platform.update(ref, message);
  }

  @Override
  public void delete(MessageRef ref) throws DeliveryException {
    platform.delete(ref);
  }

  @Override
  public Recipient openDirect(UserRef user) throws DeliveryException {
    try {
      limiter.acquireOpen(user.workspace());
    } catch (InterruptedException e) {
      // The sender checks the flag and leaves the entry for another consumer.
      Thread.currentThread().interrupt();
      throw new DeliveryException.Transient("interrupted while waiting to open a conversation");
    }
    return platform.openDirect(user);
  }

  @Override
  public List<String> channelMembers(WorkspaceId workspace, String channelId)
      throws DeliveryException {
    return platform.channelMembers(workspace, channelId);
  }
}
