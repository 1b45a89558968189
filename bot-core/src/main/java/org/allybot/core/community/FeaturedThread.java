package org.allybot.core.community;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import org.allybot.core.WorkspaceId;
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

  public Optional<Block> block(WorkspaceId ws, LocalDate day) {
    Instant from = day.minusDays(7).atStartOfDay(zone).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
    return ports.store().posts(ws).stream()
        .filter(Question.class::isInstance)
        .map(Question.class::cast)
        .filter(q -> q.status() == PostStatus.RESOLVED && q.resolution() != null)
        .filter(q -> q.resolution().mayFeature())
        .filter(q -> !q.resolution().at().isBefore(from) && q.resolution().at().isBefore(to))
        .max(Comparator.comparing((Question q) -> advice(ws, q)).thenComparing(Question::number))
        .map(q -> new Block.Text(text(ws, q)));
  }

  private long advice(WorkspaceId ws, Question q) {
    return ports.store().replies(ws, q.number()).stream().filter(ThreadReply::isAdvice).count();
  }

  private String text(WorkspaceId ws, Question q) {
    long advice = advice(ws, q);
    StringBuilder text = new StringBuilder("*From the community of practice*\n");
    text.append("_The situation:_ ")
        .append(withoutNames(CommunityMessages.excerpt(q.situation(), 300)));
    if (!q.resolution().whatIDid().isBlank()) {
      text.append("\n_What they did:_ ")
          .append(withoutNames(CommunityMessages.excerpt(q.resolution().whatIDid(), 300)));
    }
    text.append("\n")
        .append(advice == 1 ? "1 ally" : advice + " allies")
        .append(" offered advice")
        .append(q.tags().isEmpty() ? "." : " · senses: " + String.join(", ", q.tags()) + ".");
    return text.toString();
  }

  /** Mentions of people become "someone", so the digest names nobody. */
  static String withoutNames(String text) {
    return text.replaceAll("<@[^>]+>", "someone").replaceAll("(?<![\\w<])@[\\w.-]+", "someone");
  }
}
