package org.allybot.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.allybot.content.Lesson;
import org.allybot.content.Scenario;
import org.allybot.core.Allybot;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.poll.PollMessages;

/**
 * Plays a campaign's weeks through the one door, on many threads: members join and answer the
 * baseline, answer polls and read lessons week by week, then answer the follow-up.
 */
final class CampaignSeeding {
  static final String CAMPAIGN = "bench";

  private final Allybot bot;
  private final ShiftedClock clock;
  private final int members;
  private final int threads;
  private final AtomicLong errors = new AtomicLong();

  CampaignSeeding(Allybot bot, ShiftedClock clock, int members, int threads) {
    this.bot = bot;
    this.clock = clock;
    this.members = members;
    this.threads = threads;
  }

  long errors() {
    return errors.get();
  }

  /** Every member joins and answers the baseline: Likert (member % 5) + 1, "yes" for even ones. */
  void joinAndAnswerBaseline() throws InterruptedException {
    parallel(members, i -> answerAll(i, press(i, "campaign.join", CAMPAIGN)));
  }

  /**
   * {@code answers} first answers to polls, spread evenly over {@code weeks} from {@code start}.
   */
  void answerPolls(int answers, int weeks, Instant start) throws InterruptedException {
    List<Scenario> scenarios =
        bot.context().curriculum().scenarios().stream()
            .filter(s -> s.opening().options().size() >= 2)
            .toList();
    int perWeek = answers / weeks;
    for (int w = 0; w < weeks; w++) {
      clock.shiftTo(start.plus(Duration.ofDays(7L * w + 1)));
      int first = w * perWeek;
      int count = w == weeks - 1 ? answers - first : perWeek;
      parallel(
          count,
          k -> {
            int i = first + k;
            Scenario s = scenarios.get((i / members) % scenarios.size());
            var options = s.opening().options();
            String option = options.get((i / 7) % options.size()).id();
            Reply r =
                press(
                    i % members,
                    PollMessages.ANSWER,
                    new PollChoice(CAMPAIGN, s.id(), Scenario.OPENING, option).encode());
            if (!r.replaceOriginal()) {
              errors.incrementAndGet();
            }
          });
      readLessons(w);
    }
  }

  /** Two lessons a member over the campaign: one "got it" and, every fifth, "tell me more". */
  private void readLessons(int week) throws InterruptedException {
    List<Lesson> lessons = bot.context().curriculum().lessons();
    int perWeek = 2 * members / 12 + 1;
    parallel(
        perWeek,
        k -> {
          int i = week * perWeek + k;
          Lesson l = lessons.get(i % lessons.size());
          press(i % members, k % 5 == 0 ? "lesson.more" : "lesson.got-it", CAMPAIGN + "|" + l.id());
        });
  }

  /** The first {@code share} of members answer the follow-up they were sent, from /ally survey. */
  void answerFollowup(int share) throws InterruptedException {
    parallel(share, i -> answerAll(i, say(i, "survey")));
  }

  private void answerAll(int member, Reply reply) {
    Reply current = reply;
    for (int step = 0; step < 20 && isQuestion(current); step++) {
      Message q = current.messages().getLast();
      Button b = pick(member, q);
      current = press(member, b.action(), b.value());
    }
    if (isQuestion(current)) {
      errors.incrementAndGet();
    }
  }

  /** The Likert answer (member % 5) + 1, else "yes"/"no" by parity, else the first choice. */
  private static Button pick(int member, Message q) {
    List<Button> buttons = q.buttons();
    String likert = (member % 5 + 1) + " · ";
    String ally = member % 2 == 0 ? "yes" : "no";
    return buttons.stream()
        .filter(b -> b.label().startsWith(likert) || b.label().equals(ally))
        .findFirst()
        .orElse(buttons.getFirst());
  }

  private static boolean isQuestion(Reply reply) {
    return !reply.messages().isEmpty()
        && reply.messages().getLast().buttons().stream()
            .anyMatch(b -> b.label().equals("Skip this one"));
  }

  private Reply press(int member, String action, String value) {
    String id = BenchRuntime.memberId(member);
    return bot.handle(
        new CoreEvent.ChoiceSelected(
            BenchRuntime.actor(BenchRuntime.WORKSPACE, id), action, value));
  }

  private Reply say(int member, String text) {
    String id = BenchRuntime.memberId(member);
    return bot.handle(
        new CoreEvent.CommandInvoked(BenchRuntime.actor(BenchRuntime.WORKSPACE, id), text, ""));
  }

  /** Runs {@code task} for 0..count-1 on the seeding threads, and waits for all. */
  private void parallel(int count, IntConsumer task) throws InterruptedException {
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> futures = new ArrayList<>();
      int chunk = Math.max(1, count / (threads * 4));
      for (int from = 0; from < count; from += chunk) {
        int start = from;
        int end = Math.min(count, from + chunk);
        futures.add(
            pool.submit(() -> {
              for (int i = start; i < end; i++) {
                task.accept(i);
              }
            }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("seeding failed", e.getCause());
        }
      }
    }
  }
}
