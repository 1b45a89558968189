package org.allybot.testkit.slack;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** What the fake Slack knows: workspaces and tokens, users, channels, limits and OAuth codes. */
final class FakeSlackState {
  /** A user as {@code users.info} shows them. */
  record User(String id, String timeZone, boolean admin) {}

  /** A code {@code oauth.v2.access} accepts from one OAuth app, installing into a workspace. */
  record OAuthCode(String clientId, String clientSecret, String teamId) {}

  final Map<String, String> tokens = new ConcurrentHashMap<>();
  final Map<String, User> users = new ConcurrentHashMap<>();
  final java.util.Set<String> bots = ConcurrentHashMap.newKeySet();
  final java.util.Set<String> missingUsers = ConcurrentHashMap.newKeySet();
  final Map<String, String> emails = new ConcurrentHashMap<>();
  final Map<String, String> locales = new ConcurrentHashMap<>();
  final Map<String, List<String>> channels = new ConcurrentHashMap<>();
  final Map<String, String> channelErrors = new ConcurrentHashMap<>();
  final java.util.Set<String> sharedChannels = ConcurrentHashMap.newKeySet();
  final Map<String, OAuthCode> oauthCodes = new ConcurrentHashMap<>();
  final Map<String, FakeRate> rates = new ConcurrentHashMap<>();
  final List<SlackPost> posted = new java.util.concurrent.CopyOnWriteArrayList<>();
  final AtomicLong clock = new AtomicLong(1_700_000_000_000_000L);
  volatile String socketModeUrl = "";
  private volatile double speedUp;
  private volatile double postsPerSecond;
  private volatile double burstSeconds;
  private volatile LongSupplier nanoTime = System::nanoTime;

  synchronized void limits(
      double speedUp, double postsPerSecond, double burstSeconds, LongSupplier nanoTime) {
    this.speedUp = speedUp;
    this.postsPerSecond = postsPerSecond;
    this.burstSeconds = burstSeconds;
    this.nanoTime = nanoTime;
    rates.clear();
  }

  /**
   * Takes one call of {@code method} for {@code team} (and {@code channel} for posts); 0 when
   * allowed, else the nanoseconds to wait.
   */
  long take(String method, String team, String channel) {
    if (speedUp <= 0) {
      return 0;
    }
    return switch (method) {
      case "chat.postMessage" -> {
        long wait = rate(method + "|" + team + "|" + channel, 1).take();
        yield wait > 0 ? wait : rate(method + "|" + team, postsPerSecond).take();
      }
      case "conversations.open", "chat.update", "conversations.history" ->
          rate(method + "|" + team, 50.0 / 60).take();
      default -> 0;
    };
  }

  private FakeRate rate(String key, double perSecond) {
    return rates.computeIfAbsent(
        key, k -> new FakeRate(perSecond * speedUp, burstSeconds, nanoTime));
  }

  /**
   * A fresh message timestamp, as Slack's {@code "1700000000.000100"}: the wall clock's
   * microseconds (so that {@code conversations.history}'s {@code oldest} works), each later than
   * the last.
   */
  String nextTs() {
    long now = System.currentTimeMillis() * 1000;
    long micros = clock.updateAndGet(last -> Math.max(last + 1, now));
    return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
  }
}
