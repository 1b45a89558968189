package org.allybot.core.recognition;

import java.util.EnumMap;
import java.util.Map;
import org.allybot.content.Sense;
import org.allybot.core.UserRef;
import org.allybot.core.message.Block;

/**
 * What one member received, by sense, for their own stats and home. Only sent thanks count: a draft
 * its giver never confirmed was not received.
 */
public final class ThanksReceived {
  private final RecognitionStore store;

  public ThanksReceived(RecognitionPorts ports) {
    this.store = ports.store();
  }

  public Map<Sense, Long> bySense(UserRef member) {
    Map<Sense, Long> counts = new EnumMap<>(Sense.class);
    for (Recognition r : store.all(member.workspace())) {
      if (r.recipientId().equals(member.userId()) && r.state() != Recognition.State.DRAFT) {
        counts.merge(r.sense(), 1L, Long::sum);
      }
    }
    return counts;
  }

  /** The block shown to the member themself. */
  public Block block(UserRef member) {
    return new Block.Text(RecognitionTexts.receivedBySense(bySense(member)));
  }
}
