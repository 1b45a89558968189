package org.allybot.content;

import java.util.List;

/** The tags every lesson and scenario carries, used to build tracks. */
public record Tags(
    List<Sense> senses, List<String> topics, Level level, int minutes, List<Role> audience) {
  public Tags {
    senses = List.copyOf(senses);
    topics = List.copyOf(topics);
    audience = List.copyOf(audience);
  }
}
