package org.allybot.content;

import java.util.Arrays;
import java.util.Optional;

/** How much practice an item assumes. */
public enum Level {
  STARTER("starter"),
  PRACTISED("practised"),
  ADVANCED("advanced");

  private final String id;

  Level(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Level> byId(String id) {
    return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
  }
}
