package org.allybot.core.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.language.Messages;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.practice.Weeks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hourly job that tells the week's facilitator, privately, which questions have waited longer
 * than a day for advice. A question is in at most one nudge per facilitator week.
 */
public final class FacilitatorNudge {
  private static final Logger LOG = LoggerFactory.getLogger(FacilitatorNudge.class);

  private final CoreContext core;
  private final CommunityPorts ports;
  private final MemberDirectory directory;

  public FacilitatorNudge(CoreContext core) {
    this.core = core;
    this.ports = core.community();
    this.directory = new MemberDirectory(core);
  }

  /** Queues the nudges that are due; returns how many were queued. */
  public int run() {
    int sent = 0;
    for (WorkspaceId ws : ports.store().workspaces()) {
      Optional<CommunitySetup> setup = ports.store().setup(ws);
      if (setup.isEmpty()) {
        ports.store().dropWorkspace(ws);
        continue;
      }
      Optional<String> facilitator = FacilitatorRota.thisWeek(setup.get(), core.today());
      if (facilitator.isPresent() && nudge(ws, setup.get(), facilitator.get())) {
        sent++;
      }
    }
    return sent;
  }

  private boolean nudge(WorkspaceId ws, CommunitySetup setup, String facilitator) {
    Instant now = core.clock().instant();
    String week = Weeks.of(core.today());
    List<Question> waiting = new ArrayList<>();
    boolean anyNew = false;
    for (int n : ports.store().awaitingSince(ws, now.minus(ports.config().nudgeAfter()))) {
      Optional<Question> q =
          ports.store().post(ws, n).filter(Question.class::isInstance).map(Question.class::cast);
      if (q.isEmpty() || q.get().status() != PostStatus.OPEN || hasAdvice(ws, n)) {
        ports.store().stopAwaiting(ws, n);
        continue;
      }
      waiting.add(q.get());
      anyNew |= ports.store().markNudged(ws, week, n);
    }
    if (!anyNew) {
      return false;
    }
    directory.byId(new UserRef(ws, facilitator));
    core.outbox()
        .enqueue(
            Delivery.toMember(
                "community-nudge|" + week + "|" + now.getEpochSecond(),
                ws,
                facilitator,
                Delivery.Kind.NOTICE,
                Map.of("text", text(ws, facilitator, setup, waiting))));
    LOG.debug(
        "Nudged the community facilitator of {} about {} question(s)", ws.key(), waiting.size());
    return true;
  }

  private boolean hasAdvice(WorkspaceId ws, int question) {
    return ports.store().replies(ws, question).stream().anyMatch(ThreadReply::isAdvice);
  }

  /** The facilitator's nudge, in the facilitator's language. */
  private String text(
      WorkspaceId ws, String facilitator, CommunitySetup setup, List<Question> waiting) {
    Messages say = core.languageOf().messages(new UserRef(ws, facilitator));
    StringBuilder text =
        new StringBuilder(
            say.text(
                "community.nudge.head",
                "channel",
                setup.channelId(),
                "hours",
                ports.config().nudgeAfter().toHours()));
    for (Question q : waiting) {
      text.append('\n')
          .append(
              say.text(
                  "community.nudge.line",
                  "n",
                  q.number(),
                  "help",
                  CommunityMessages.helpKind(say, q.help()),
                  "excerpt",
                  CommunityMessages.excerpt(q.situation(), 100)));
    }
    text.append('\n').append(say.text("community.nudge.tail"));
    return text.toString();
  }
}
