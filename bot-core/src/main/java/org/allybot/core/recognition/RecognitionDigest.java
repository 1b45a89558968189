package org.allybot.core.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.Sense;
import org.allybot.core.WorkspaceId;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.message.Block;

/**
 * The weekly digest's recognition section: the past week's thanks whose recipients agreed to share
 * them, grouped by sense. Nothing is counted or ranked per person.
 */
public final class RecognitionDigest {
  /** A digest stays readable; the rest of a very thankful week is summed up in one line. */
  static final int MAX_LINES = 15;

  private final RecognitionStore store;
  private final ZoneId zone;
  private final LanguageOf languageOf;

  public RecognitionDigest(RecognitionPorts ports, ZoneId zone, LanguageOf languageOf) {
    this.store = ports.store();
    this.zone = zone;
    this.languageOf = languageOf;
  }

  /** The section for the digest posted in {@code channelId}, in that channel's language. */
  public Optional<Block> block(WorkspaceId ws, LocalDate day, String channelId) {
    Messages say = Messages.in(languageOf.channel(ws, channelId));
    Instant from = day.minusDays(7).atStartOfDay(zone).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
    Map<Sense, List<Recognition>> bySense = new EnumMap<>(Sense.class);
    for (Recognition r : store.all(ws)) {
      if (r.state() == Recognition.State.PUBLIC
          && !r.givenAt().isBefore(from)
          && r.givenAt().isBefore(to)) {
        bySense.computeIfAbsent(r.sense(), s -> new ArrayList<>()).add(r);
      }
    }
    if (bySense.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    lines.add(say.text("recognition.digest.heading"));
    int shown = 0;
    int total = 0;
    for (Map.Entry<Sense, List<Recognition>> e : bySense.entrySet()) {
      if (shown < MAX_LINES) { // a sense none of whose thanks fit is only counted in the last line
        lines.add("_" + SenseNames.of(say, e.getKey()) + "_");
      }
      for (Recognition r : e.getValue()) {
        total++;
        if (shown < MAX_LINES) {
          shown++;
          lines.add(
              say.text(
                  "recognition.digest.line",
                  "giver",
                  r.giverId(),
                  "recipient",
                  r.recipientId(),
                  "what",
                  excerpt(r.what())));
        }
      }
    }
    if (total > shown) {
      lines.add(say.text("recognition.digest.more", "more", say.number(total - shown)));
    }
    return Optional.of(new Block.Text(String.join("\n", lines)));
  }

  private static String excerpt(String what) {
    return org.allybot.core.message.Excerpt.of(what, 200);
  }
}
