package org.allybot.core.practice;

import java.util.List;
import org.allybot.content.Level;
import org.allybot.content.Role;
import org.allybot.content.Sense;
import org.allybot.content.Tags;

/**
 * A filter over the curriculum; empty lists and a null level mean "any". {@code roles} is the role
 * track ({@code --track managers}): items written for one of those audiences.
 */
public record Track(List<Sense> senses, List<String> topics, Level level, List<Role> roles) {
  public Track {
    senses = List.copyOf(senses);
    topics = List.copyOf(topics);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  public Track(List<Sense> senses, List<String> topics, Level level) {
    this(senses, topics, level, List.of());
  }

  public static Track everything() {
    return new Track(List.of(), List.of(), null);
  }

  public boolean admits(Tags tags) {
    return (senses.isEmpty() || tags.senses().stream().anyMatch(senses::contains))
        && (topics.isEmpty() || tags.topics().stream().anyMatch(topics::contains))
        && (level == null || tags.level() == level)
        && (roles.isEmpty() || tags.audience().stream().anyMatch(roles::contains));
  }
}
