package org.allybot.core.xapi;

/** How a statement names its member: by pseudonym (the default) or by their work e-mail. */
public enum ActorMode {
  /** An {@code account} of Allybot's public URL named by the member's campaign pseudonym. */
  PSEUDONYM,
  /**
   * The member's e-mail as {@code mbox}, where the platform gives one; else as {@link #PSEUDONYM}.
   */
  EMAIL
}
