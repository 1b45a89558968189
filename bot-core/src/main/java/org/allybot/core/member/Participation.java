package org.allybot.core.member;

import org.allybot.core.UserRef;

/** Where a member's own settings reach the campaigns of their workspace. */
public interface Participation {
  /** The member opted out: they leave every mandatory campaign. */
  void optedOut(UserRef user);

  /** The member opted back in: they rejoin the mandatory campaigns they had left. */
  void optedIn(UserRef user);

  /** The member chose their own delivery time: their workspace's campaigns are rescheduled. */
  void deliveryTimeChanged(UserRef user);
}
