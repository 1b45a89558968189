package org.allybot.core.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allybot.content.Lesson;
import org.allybot.content.LessonLength;

/**
 * The order a track's lessons come in: easiest level first, and within a level, nudges, standard
 * lessons and deep dives spread evenly, so any lesson cadence mixes the three lengths.
 */
final class LessonOrder {
  private LessonOrder() {}

  static List<Lesson> mixed(List<Lesson> inTrack) {
    Map<Object, List<Lesson>> groups = new HashMap<>();
    for (Lesson lesson : inTrack) {
      groups
          .computeIfAbsent(List.of(lesson.tags().level(), lesson.length()), k -> new ArrayList<>())
          .add(lesson);
    }
    Map<Lesson, Double> place = new HashMap<>();
    for (List<Lesson> group : groups.values()) {
      for (int i = 0; i < group.size(); i++) {
        place.put(group.get(i), (i + 0.5) / group.size());
      }
    }
    return inTrack.stream()
        .sorted(
            Comparator.comparing((Lesson l) -> l.tags().level())
                .thenComparing(place::get)
                .thenComparing(l -> l.length() != LessonLength.STANDARD))
        .toList();
  }
}
