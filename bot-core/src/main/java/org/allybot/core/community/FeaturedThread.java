package org.allybot.core.community;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.allybot.core.WorkspaceId;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.message.Block;

/**
 * The weekly digest's community highlight: one thread resolved in the past week whose asker allowed
 * it, with its takeaway and without any names.
 */
public final class FeaturedThread {
  private final CommunityPorts ports;
  private final ZoneId zone;

  public FeaturedThread(CommunityPorts ports, ZoneId zone) {
    this.ports = ports;
    this.zone = zone;
  }

  /** The highlight in {@code say}'s language (the digest's), if a thread qualifies. */
  public Optional<Block> block(Messages say, WorkspaceId ws, LocalDate day) {
    Instant from = day.minusDays(7).atStartOfDay(zone).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
    return ports.store().posts(ws).stream()
        .filter(Question.class::isInstance)
        .map(Question.class::cast)
        .filter(q -> q.status() == PostStatus.RESOLVED && q.resolution() != null)
        .filter(q -> q.resolution().mayFeature())
        .filter(q -> !q.resolution().at().isBefore(from) && q.resolution().at().isBefore(to))
        .max(Comparator.comparing((Question q) -> advice(ws, q)).thenComparing(Question::number))
        .map(q -> new Block.Text(text(say, ws, q)));
  }

  private long advice(WorkspaceId ws, Question q) {
    return ports.store().replies(ws, q.number()).stream().filter(ThreadReply::isAdvice).count();
  }

  private String text(Messages say, WorkspaceId ws, Question q) {
    String someone = say.text("digest.someone");
    StringBuilder text = new StringBuilder("*" + say.text("digest.featured.heading") + "*\n");
    text.append(
        say.text(
            "digest.featured.situation",
            "text",
            withoutNames(CommunityMessages.excerpt(q.situation(), 300), someone)));
    if (!q.resolution().whatIDid().isBlank()) {
      text.append('\n')
          .append(
              say.text(
                  "digest.featured.did",
                  "text",
                  withoutNames(
                      CommunityMessages.excerpt(q.resolution().whatIDid(), 300), someone)));
    }
    List<String> senses = q.tags().stream().map(t -> SenseNames.ofId(say, t)).toList();
    text.append('\n')
        .append(
            say.text(
                "digest.featured.advice",
                "advice",
                advice(ws, q),
                "tagged",
                Boolean.toString(!senses.isEmpty()),
                "senses",
                say.list(senses)));
    return text.toString();
  }

  static String withoutNames(String text) {
    return withoutNames(text, "someone");
  }

  /** Mentions of people become "someone", so the digest names nobody. */
  static String withoutNames(String text, String someone) {
    String plain = java.util.regex.Matcher.quoteReplacement(someone);
    return text.replaceAll("<@[^>]+>", plain).replaceAll("(?<![\\w<])@[\\w.-]+", plain);
  }
}
