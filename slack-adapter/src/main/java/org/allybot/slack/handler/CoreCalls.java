package org.allybot.slack.handler;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.allybot.core.Allybot;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the core's one door from Slack handlers within the time Slack gives an ack (3 s, of which
 * we use {@link #ACK_BUDGET}); a reply that takes longer is handed on when ready, and follow-up
 * work (response_url posts, modals, home publishing) runs after the ack on virtual threads.
 */
public final class CoreCalls implements AutoCloseable {
  public static final Duration ACK_BUDGET = Duration.ofMillis(2000);
  private static final Logger LOG = LoggerFactory.getLogger(CoreCalls.class);

  private final Allybot bot;
  private final Duration budget;
  private final ExecutorService pool =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("slack-work-", 0).factory());

  public CoreCalls(Allybot bot, Duration budget) {
    this.bot = bot;
    this.budget = budget;
  }

  /**
   * The core's reply if it comes within the budget; otherwise empty, and {@code late} gets it. The
   * event is made inside the budget too: it may need the member's profile from Slack ({@code
   * users.info}), which can be slow.
   */
  Optional<Reply> within(Supplier<CoreEvent> event, Consumer<Reply> late) {
    CompletableFuture<Reply> reply = CompletableFuture.supplyAsync(() -> handle(event), pool);
    try {
      return Optional.of(reply.get(budget.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      LOG.info("A Slack request took longer than the ack budget; answering later");
      reply.thenAccept(r -> guarded("late reply", () -> late.accept(r)));
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      // Allybot.handle never throws; this is a bug worth seeing.
      LOG.error("The core failed on a Slack request", e.getCause());
      return Optional.empty();
    }
  }

  /**
   * Makes the event and gives it to the core on a follow-up thread, which then hands the reply to
   * {@code then}; returns once the core has answered or the budget is spent, whichever comes first.
   * For replies shown the same way whether they come in time or late, with one thread per event
   * where {@link #within} and {@link #later} take two (a busy poll feels the difference).
   */
  void handleThen(String what, Supplier<CoreEvent> event, Consumer<Reply> then) {
    CompletableFuture<Void> answered = new CompletableFuture<>();
    pool.execute(() -> {
      Reply reply;
      try {
        reply = handle(event);
      } finally {
        answered.complete(null);
      }
      guarded(what, () -> then.accept(reply));
    });
    try {
      answered.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.info("'{}' took longer than the ack budget; answering later", what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("never completed exceptionally", e);
    }
  }

  /**
   * Makes the event and has the core answer it; no event (null: a repeat) needs no answer. Making
   * it may fail (the member's profile comes from the store or Slack); the member then reads why
   * (the store away: "try again in a moment") rather than nothing.
   */
  private Reply handle(Supplier<CoreEvent> event) {
    CoreEvent made;
    try {
      made = event.get();
    } catch (RuntimeException e) {
      LOG.warn("A Slack request could not be read into an event: {}", e.getClass().getSimpleName());
      return bot.failed(e);
    }
    if (made == null) {
      return Reply.none();
    }
    try {
      return bot.handle(made);
    } catch (RuntimeException e) {
      // Allybot.handle never throws; this is a bug worth seeing, and the member still hears.
      LOG.error("The core failed on a Slack request", e);
      return bot.failed(e);
    }
  }

  /** The core's reply, on the caller's thread (for work that already runs after the ack). */
  Reply now(CoreEvent event) {
    return bot.handle(event);
  }

  /** Runs {@code work} after the ack; failures are logged without personal data. */
  void later(String what, Runnable work) {
    pool.execute(() -> guarded(what, work));
  }

  private static void guarded(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.warn("Slack follow-up '{}' failed: {}", what, e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
