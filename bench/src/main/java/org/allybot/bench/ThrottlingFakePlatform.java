package org.allybot.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Ticker;
import org.allybot.core.message.Message;

/**
 * A fake chat platform for benchmarks: it accepts at most {@code rate} posts in any second per
 * workspace and answers a 429 with Retry-After above that, as Slack does, and it counts every
 * message each member received, so duplicates and losses show. Opening a DM is instant and not
 * limited.
 */
public final class ThrottlingFakePlatform implements ChatPlatform {
  private static final String DM_PREFIX = "D";

  private final Platform platform;
  private final int rate;
  private final Map<WorkspaceId, SlidingWindow> windows = new ConcurrentHashMap<>();
  private final List<String> members;
  private final Duration latency;
  private final Ticker ticker;
  private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
  private final AtomicLong posted = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private volatile Set<String> expected = Set.of();
  private volatile CountDownLatch arrivals = new CountDownLatch(0);
  private final AtomicLong lastArrival = new AtomicLong();
  private final Map<WorkspaceId, AtomicLong> lastArrivals = new ConcurrentHashMap<>();
  private final Map<WorkspaceId, Long> firstArrivals = new ConcurrentHashMap<>();

  /**
   * {@code rate} is posts a second, 0 for no limit; {@code members} answer {@link #channelMembers};
   * {@code latency} is how long each post takes (zero for an instant platform).
   */
  public ThrottlingFakePlatform(
      Platform platform, int rate, List<String> members, Duration latency) {
    this(platform, rate, members, latency, Ticker.SYSTEM);
  }

  /** The same, counting the rate's second on {@code ticker}, such as a test's fake time. */
  ThrottlingFakePlatform(
      Platform platform, int rate, List<String> members, Duration latency, Ticker ticker) {
    this.ticker = ticker;
    this.platform = platform;
    this.rate = rate;
    this.members = List.copyOf(members);
    this.latency = latency;
  }

  /**
   * Forgets what was received so far, and waits for one message to each of {@code users} of {@code
   * workspace}.
   */
  public void expect(WorkspaceId workspace, Collection<String> users) {
    expect(Map.of(workspace, users));
  }

  /** The same for several workspaces at once. */
  public synchronized void expect(Map<WorkspaceId, ? extends Collection<String>> usersByWorkspace) {
    received.clear();
    posted.set(0);
    rateLimited.set(0);
    lastArrivals.clear();
    firstArrivals.clear();
    expected =
        usersByWorkspace.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(u -> key(e.getKey(), u)))
            .collect(Collectors.toUnmodifiableSet());
    arrivals = new CountDownLatch(expected.size());
  }

  /** True once every expected member has received at least one message, within {@code timeout}. */
  public boolean awaitAll(Duration timeout) throws InterruptedException {
    return arrivals.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The {@link System#nanoTime()} at which the last expected member got their first message. */
  public long lastArrival() {
    return lastArrival.get();
  }

  /** The same for one workspace's expected members; 0 when none has arrived. */
  public long lastArrival(WorkspaceId workspace) {
    AtomicLong last = lastArrivals.get(workspace);
    return last == null ? 0 : last.get();
  }

  /** When one of {@code workspace}'s expected members first got a message; 0 when none has. */
  public long firstArrival(WorkspaceId workspace) {
    return firstArrivals.getOrDefault(workspace, 0L);
  }

  /** Messages accepted since {@link #expect}. */
  public long posted() {
    return posted.get();
  }

  /** Expected members who received nothing. */
  public long lost() {
    return expected.stream().filter(u -> !received.containsKey(u)).count();
  }

  /** Messages beyond the first to each expected member, plus any to members not expected. */
  public long duplicates() {
    return posted.get() - (expected.size() - lost());
  }

  /** 429s answered since {@link #expect}. */
  public long rateLimited() {
    return rateLimited.get();
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public MessageRef send(Recipient recipient, Message message) throws DeliveryException {
    pretendToWork();
    long wait =
        rate == 0
            ? 0
            : windows
                .computeIfAbsent(recipient.workspace(), w -> new SlidingWindow(rate))
                .tryAcquire(ticker.nanoTime());
    if (wait > 0) {
      rateLimited.incrementAndGet();
      throw new DeliveryException.RateLimited(retryAfter(wait));
    }
    String conversation = recipient.conversationId();
    String user =
        key(
            recipient.workspace(),
            conversation.startsWith(DM_PREFIX) ? conversation.substring(DM_PREFIX.length()) : "");
    long number = posted.incrementAndGet();
    if (received.computeIfAbsent(user, u -> new AtomicInteger()).incrementAndGet() == 1
        && expected.contains(user)) {
      long now = System.nanoTime();
      lastArrival.accumulateAndGet(now, Math::max);
      firstArrivals.putIfAbsent(recipient.workspace(), now);
      lastArrivals
          .computeIfAbsent(recipient.workspace(), w -> new AtomicLong())
          .accumulateAndGet(now, Math::max);
      arrivals.countDown();
    }
    return new MessageRef(recipient.workspace(), conversation, Long.toString(number));
  }

  @Override
  public void update(MessageRef ref, Message message) {}

  @Override
  public Recipient openDirect(UserRef user) {
    return new Recipient(user.workspace(), DM_PREFIX + user.userId());
  }

  @Override
  public List<String> channelMembers(WorkspaceId workspace, String channelId) {
    return members;
  }

  private static String key(WorkspaceId workspace, String userId) {
    return workspace.id() + "/" + userId;
  }

  /** Whole milliseconds, rounded up, and never less than one: what a Retry-After can say. */
  static Duration retryAfter(long nanos) {
    return Duration.ofMillis(Math.max(1, (nanos + 999_999) / 1_000_000));
  }

  private void pretendToWork() throws DeliveryException {
    if (latency.isZero()) {
      return;
    }
    try {
      Thread.sleep(latency);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException.Transient("interrupted");
    }
  }
}
