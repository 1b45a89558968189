package org.allybot.core;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.allybot.core.delivery.Ticker;
import org.allybot.core.message.Message;

/**
 * A chat platform that records every call. It can be told to fail the next sends, and to enforce a
 * maximum send rate per workspace by answering {@link DeliveryException.RateLimited} above it.
 * Times come from its ticker: real time, or the fake time of a test.
 */
public final class RecordingChatPlatform implements ChatPlatform {
  /** A send the platform accepted, and the message id it answered with. */
  public record Sent(Recipient to, Message message, long atNanos, String messageId) {}

  /** An update the platform accepted. */
  public record Updated(MessageRef ref, Message message) {}

  private final Platform platform;
  private final Ticker ticker;
  private final List<Sent> sends = new ArrayList<>();
  private final List<Long> attemptTimes = new ArrayList<>();
  private final List<Updated> updates = new ArrayList<>();
  private final List<UserRef> opens = new ArrayList<>();
  private final List<MessageRef> deletes = new ArrayList<>();
  private int failDeletes;
  private final Deque<Supplier<? extends DeliveryException>> failures = new ArrayDeque<>();
  private final Map<WorkspaceId, Long> lastAccepted = new HashMap<>();
  private final Map<String, UserKind> kinds = new HashMap<>();
  private double maxPerSecond = Double.POSITIVE_INFINITY;
  private Duration retryAfter = Duration.ZERO;

  public RecordingChatPlatform(Platform platform) {
    this(platform, Ticker.SYSTEM);
  }

  public RecordingChatPlatform(Platform platform, Ticker ticker) {
    this.platform = platform;
    this.ticker = ticker;
  }

  /** The next {@code count} sends throw what {@code failure} makes. */
  public synchronized RecordingChatPlatform failNextSends(
      int count, Supplier<? extends DeliveryException> failure) {
    for (int i = 0; i < count; i++) {
      failures.add(failure);
    }
    return this;
  }

  public synchronized RecordingChatPlatform stopFailing() {
    failures.clear();
    return this;
  }

  /** Sends to one workspace closer together than {@code 1/perSecond} get a 429. */
  public synchronized RecordingChatPlatform limitRate(double perSecond, Duration retryAfter) {
    this.maxPerSecond = perSecond;
    this.retryAfter = retryAfter;
    return this;
  }

  /** The platform will call {@code userId} a bot, or not know it ({@link UserKind#UNKNOWN}). */
  public synchronized RecordingChatPlatform know(String userId, UserKind kind) {
    kinds.put(userId, kind);
    return this;
  }

  /** Asking the platform about {@code userId} fails for now, as when it is unreachable. */
  public synchronized RecordingChatPlatform cannotTell(String userId) {
    kinds.put(userId, null);
    return this;
  }

  @Override
  public synchronized UserKind kindOf(UserRef user) throws DeliveryException {
    if (kinds.containsKey(user.userId()) && kinds.get(user.userId()) == null) {
      throw new DeliveryException.Transient("unreachable");
    }
    return kinds.getOrDefault(user.userId(), UserKind.PERSON);
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public synchronized MessageRef send(Recipient recipient, Message message)
      throws DeliveryException {
    long now = ticker.nanoTime();
    attemptTimes.add(now);
    if (!failures.isEmpty()) {
      throw failures.poll().get();
    }
    Long last = lastAccepted.get(recipient.workspace());
    if (last != null && now - last < 1e9 / maxPerSecond) {
      throw new DeliveryException.RateLimited(retryAfter);
    }
    lastAccepted.put(recipient.workspace(), now);
    String id = "m" + (sends.size() + 1);
    sends.add(new Sent(recipient, message, now, id));
    return new MessageRef(recipient.workspace(), recipient.conversationId(), id);
  }

  @Override
  public synchronized void update(MessageRef ref, Message message) {
    updates.add(new Updated(ref, message));
  }

  /** The next {@code count} deletes fail as if the platform were unreachable. */
  public synchronized RecordingChatPlatform failNextDeletes(int count) {
    failDeletes = count;
    return this;
  }

  @Override
  public synchronized void delete(MessageRef ref) throws DeliveryException {
    if (failDeletes > 0) {
      failDeletes--;
      throw new DeliveryException.Transient("unreachable");
    }
    deletes.add(ref);
  }

  /** The messages deleted, in order. */
  public synchronized List<MessageRef> deletes() {
    return List.copyOf(deletes);
  }

  @Override
  public synchronized Recipient openDirect(UserRef user) {
    opens.add(user);
    return new Recipient(user.workspace(), "D-" + user.userId());
  }

  @Override
  public List<String> channelMembers(WorkspaceId workspace, String channelId) {
    return List.of();
  }

  private final java.util.Set<String> sharedChannels =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Marks a channel as shared with another organisation (a Slack Connect channel). */
  public RecordingChatPlatform share(String channelId) {
    sharedChannels.add(channelId);
    return this;
  }

  @Override
  public boolean sharedWithOtherOrganisations(WorkspaceId workspace, String channelId) {
    if (channelId.startsWith("C-broken")) {
      throw new IllegalStateException("the platform failed to describe the channel");
    }
    return sharedChannels.contains(channelId);
  }

  public synchronized List<Sent> sends() {
    return List.copyOf(sends);
  }

  /** The summaries of the accepted sends, in order. */
  public synchronized List<String> sentSummaries() {
    return sends.stream().map(s -> s.message().summary()).toList();
  }

  /** When each send was tried, accepted or not, by the ticker. */
  public synchronized List<Long> attemptTimes() {
    return List.copyOf(attemptTimes);
  }

  public synchronized int attempts() {
    return attemptTimes.size();
  }

  public synchronized List<UserRef> opens() {
    return List.copyOf(opens);
  }

  public synchronized List<Updated> updates() {
    return List.copyOf(updates);
  }
}
