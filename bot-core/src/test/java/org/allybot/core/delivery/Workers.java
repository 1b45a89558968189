package org.allybot.core.delivery;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.ChatPlatform;
import org.allybot.core.Platform;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.store.TestRedis;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every delivery worker test shares: the class's embedded Redis, emptied before each
 * test, a recording Slack and composer, and workers that each run as a separate instance would, on
 * a Redis client of their own; all closed after the test. Register it with {@code
 * RegisterExtension} in a class extended with {@link EmbeddedRedisExtension}.
 */
final class Workers implements BeforeEachCallback, AfterEachCallback {
  final RecordingChatPlatform slack;
  final RecordingComposer composer = new RecordingComposer();
  private final List<AutoCloseable> opened = new ArrayList<>();
  private RedisEndpoint endpoint;
  private TestRedis redis;
  private DeliveryStores stores;

  Workers() {
    this(new RecordingChatPlatform(Platform.SLACK));
  }

  Workers(RecordingChatPlatform slack) {
    this.slack = slack;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    endpoint = EmbeddedRedisExtension.endpoint(context);
    redis = track(TestRedis.connectEmpty(endpoint));
    stores = redis.deliveryStores();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    for (AutoCloseable closeable : opened.reversed()) {
      closeable.close();
    }
    opened.clear();
  }

  /** The stores as the test sees them, on a client of the test's own. */
  DeliveryStores stores() {
    return stores;
  }

  DeliveryQueue queue() {
    return stores.queue();
  }

  List<ParkedDelivery> parked(WorkspaceId workspace) {
    return stores.parked().list(workspace);
  }

  /** Queues {@code value} as a delivery, as a buggy or old writer might. */
  void enqueueRaw(String value) {
    redis.enqueueRaw(value);
  }

  /** Makes the entries {@code consumer} holds look untouched for {@code idle}. */
  void age(String consumer, Duration idle) {
    redis.age(consumer, idle);
  }

  /** The threads sending for {@code worker}, once it has read something and begun sending. */
  static List<Thread> senders(DeliveryWorker worker) {
    await().atMost(TestDeliveries.IDLE).until(() -> !worker.sendingThreads().isEmpty());
    return worker.sendingThreads();
  }

  /** The live reader threads of the worker named {@code instance}. */
  static List<Thread> readers(String instance) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("delivery-reader-" + instance + "-"))
        .toList();
  }

  /** Stores on a new Redis client, as another instance would have. */
  DeliveryStores newInstanceStores() {
    return track(TestRedis.connect(endpoint)).deliveryStores();
  }

  /** A started worker of a new instance, sending to the recording Slack without a rate limit. */
  DeliveryWorker start(DeliverySettings settings) {
    return start(settings, TestDeliveries.fastLimiter());
  }

  DeliveryWorker start(DeliverySettings settings, RateLimiter limiter) {
    return start(settings, limiter, slack);
  }

  DeliveryWorker start(DeliverySettings settings, RateLimiter limiter, ChatPlatform platform) {
    return start(newInstanceStores(), settings, limiter, platform);
  }

  DeliveryWorker start(
      DeliveryStores on, DeliverySettings settings, RateLimiter limiter, ChatPlatform platform) {
    DeliveryWorker worker =
        track(
            new DeliveryWorker(
                on,
                composer,
                Map.of(platform.platform(), platform),
                limiter,
                settings,
                DeliveryObserver.NONE));
    worker.start();
    return worker;
  }

  private <T extends AutoCloseable> T track(T closeable) {
    opened.add(closeable);
    return closeable;
  }
}
