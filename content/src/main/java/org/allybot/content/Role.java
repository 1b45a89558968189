package org.allybot.content;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who an item is written for: its {@code audience}, which a campaign's role track picks by. */
public enum Role {
  EVERYONE("everyone"),
  MANAGERS("managers"),
  LEADERS("leaders"),
  HR_ERG("hr-erg"),
  DESK_ALLIES("desk-allies");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Role> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  /** "everyone, managers, leaders, hr-erg or desk-allies", for messages. */
  public static String known() {
    String all = Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }
}
