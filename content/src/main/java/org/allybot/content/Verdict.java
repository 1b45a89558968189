package org.allybot.content;

import java.util.Arrays;
import java.util.Optional;

/** How a scenario option is judged in its feedback. */
public enum Verdict {
  STRONG("strong"),
  REASONABLE("reasonable"),
  RISKY("risky");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Verdict> byId(String id) {
    return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
  }
}
