package org.allybot.content;

import java.util.Arrays;
import java.util.Optional;

/** The six senses of an ally; every lesson and scenario practises one or more. */
public enum Sense {
  ACT("act", "Take action"),
  LISTEN("listen", "Listen to others"),
  PRIVILEGE("privilege", "See privilege"),
  SPEAK("speak", "Speak out"),
  BIAS("bias", "Sniff out bias"),
  EMPATHY("empathy", "Live empathy");

  private final String id;
  private final String title;

  Sense(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static Optional<Sense> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
