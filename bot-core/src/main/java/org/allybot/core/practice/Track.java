package org.allybot.core.practice;

import java.util.List;
import org.allybot.content.Level;
import org.allybot.content.Sense;
import org.allybot.content.Tags;

/** A filter over the curriculum; empty lists and a null level mean "any". */
public record Track(List<Sense> senses, List<String> topics, Level level) {
  public Track {
    senses = List.copyOf(senses);
    topics = List.copyOf(topics);
  }

  public static Track everything() {
    return new Track(List.of(), List.of(), null);
  }

  public boolean admits(Tags tags) {
    return (senses.isEmpty() || tags.senses().stream().anyMatch(senses::contains))
        && (topics.isEmpty() || tags.topics().stream().anyMatch(topics::contains))
        && (level == null || tags.level() == level);
  }
}
