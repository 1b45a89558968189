package org.allybot.server.runtime;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.allybot.content.ContentLoader;
import org.allybot.content.Curriculum;
import org.allybot.content.LoadResult;
import org.allybot.core.Allybot;
import org.allybot.core.ChatPlatform;
import org.allybot.core.CoreContext;
import org.allybot.core.MasterKey;
import org.allybot.core.Platform;
import org.allybot.core.delivery.DeliveryObserver;
import org.allybot.core.delivery.DeliverySettings;
import org.allybot.core.delivery.DeliveryStores;
import org.allybot.core.delivery.DeliveryWorker;
import org.allybot.core.delivery.Outbox;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.core.delivery.RateLimits;
import org.allybot.core.delivery.Ticker;
import org.allybot.core.learning.LearningRecords;
import org.allybot.core.store.RedisConnection;
import org.allybot.core.store.RedisCoreContext;
import org.allybot.core.store.RedisDeliveryStores;
import org.allybot.core.store.RedisSendBudget;
import org.allybot.core.xapi.ForwardingSettings;
import org.allybot.core.xapi.MemberEmails;
import org.allybot.core.xapi.XapiBacklog;
import org.allybot.server.xapi.XapiExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * One running Allybot instance: the store (embedded or {@code REDIS_URL}), the curriculum, the
 * core, the delivery worker and the scheduler. Closing it stops everything it started, in reverse.
 */
public final class AllybotRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AllybotRuntime.class);

  private final List<AutoCloseable> started = new ArrayList<>();
  private final Allybot bot;
  private final DeliveryWorker worker;
  private final RateLimiter limiter;
  private final CampaignRunner scheduler;
  private final UnifiedJedis redis;
  private final XapiExport xapi;
  private volatile boolean stopping;

  private AllybotRuntime(
      Settings settings,
      BiFunction<UnifiedJedis, MasterKey, Map<Platform, ChatPlatform>> adapters,
      Clock clock,
      Map<Platform, RateLimits> limits,
      DeliveryObserver observer) {
    // The content pack takes the longest to read and check, and needs nothing from Redis: it is
    // read on a thread of its own while the secret key, Redis and the platforms get ready.
    BackgroundStep<Curriculum> content =
        BackgroundStep.start("allybot-content", () -> curriculum(settings));
    try {
      MasterKey key = secretKey(settings);
      String url = settings.redisUrl();
      if (url.isEmpty()) {
        EmbeddedRedis embedded = EmbeddedRedis.start(settings.dataDir().resolve("redis"));
        started.add(embedded);
        url = embedded.url();
      }
      redis = RedisConnection.open(url);
      started.add(redis);
      redis.ping();
      Map<Platform, ChatPlatform> platforms = adapters.apply(redis, key);
      Curriculum curriculum = content.join();
      DeliveryStores deliveryStores = RedisDeliveryStores.on(redis);
      xapi = startXapi(settings, key, curriculum, platforms, clock);
      CoreContext core =
          RedisCoreContext.on(redis, key)
              .config(settings.core())
              .clock(clock)
              .curriculum(curriculum)
              .outbox(Outbox.of(deliveryStores.queue()))
              .platforms(platforms)
              .community(settings.community())
              .learning(xapi == null ? LearningRecords.NONE : xapi.records())
              .desk(settings.desk())
              .thanks(settings.thanks())
              .build();
      scheduler = new CampaignRunner(core, redis, clock);
      bot = new Allybot(core, scheduler);
      limiter =
          new RateLimiter(
              limits, clock, Ticker.SYSTEM, new RedisSendBudget(redis, clock), observer);
      worker =
          new DeliveryWorker(
              deliveryStores,
              bot.composer(),
              platforms,
              limiter,
              DeliverySettings.defaults("allybot-" + UUID.randomUUID().toString().substring(0, 8)),
              observer);
      started.add(worker);
      worker.start();
      started.add(scheduler);
      scheduler.start(bot);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Starts everything, or stops what it had started and throws. */
  public static AllybotRuntime start(
      Settings settings, Map<Platform, ChatPlatform> platforms, Clock clock) {
    return start(settings, platforms, clock, defaultLimits());
  }

  /** As {@link #start(Settings, Map, Clock)}, with the send rates given per platform. */
  public static AllybotRuntime start(
      Settings settings,
      Map<Platform, ChatPlatform> platforms,
      Clock clock,
      Map<Platform, RateLimits> limits) {
    return start(settings, (redis, key) -> platforms, clock, limits);
  }

  /**
   * As above, with adapters that need the instance's Redis (their tokens, seen request ids) and its
   * secret key (to seal the tokens they keep).
   */
  public static AllybotRuntime start(
      Settings settings,
      BiFunction<UnifiedJedis, MasterKey, Map<Platform, ChatPlatform>> adapters,
      Clock clock,
      Map<Platform, RateLimits> limits) {
    return start(settings, adapters, clock, limits, DeliveryObserver.NONE);
  }

  /** As above, telling {@code observer} how the delivery engine does (the metrics). */
  public static AllybotRuntime start(
      Settings settings,
      BiFunction<UnifiedJedis, MasterKey, Map<Platform, ChatPlatform>> adapters,
      Clock clock,
      Map<Platform, RateLimits> limits,
      DeliveryObserver observer) {
    return new AllybotRuntime(settings, adapters, clock, limits, observer);
  }

  /** The published platform limits from ARCHITECTURE.md. */
  public static Map<Platform, RateLimits> defaultLimits() {
    Map<Platform, RateLimits> limits = new HashMap<>();
    for (Platform p : Platform.values()) {
      limits.put(p, RateLimits.defaults(p));
    }
    return limits;
  }

  /**
   * The xAPI export when it is configured (started, so it also sends what a last run left). An
   * adapter that can tell members' e-mails implements {@link MemberEmails} beside its platform.
   */
  private XapiExport startXapi(
      Settings settings,
      MasterKey key,
      Curriculum curriculum,
      Map<Platform, ChatPlatform> platforms,
      Clock clock) {
    if (settings.xapi() == null) {
      return null;
    }
    XapiExport export =
        XapiExport.start(
            settings.xapi(),
            ForwardingSettings.defaults("allybot-" + UUID.randomUUID().toString().substring(0, 8)),
            redis,
            key,
            curriculum,
            settings.core().publicUrl(),
            member ->
                platforms.get(member.workspace().platform()) instanceof MemberEmails emails
                    ? emails.emailOf(member)
                    : Optional.empty(),
            clock);
    started.add(export);
    return export;
  }

  /** The configured key, or in the embedded default the one kept in the data folder. */
  public static MasterKey secretKey(Settings settings) {
    if (settings.secretKey() != null) {
      return settings.secretKey();
    }
    if (!settings.redisUrl().isEmpty()) {
      throw new IllegalStateException("ALLYBOT_SECRET_KEY is required when REDIS_URL is set");
    }
    return SecretKeyFile.loadOrCreate(settings.dataDir());
  }

  private static Curriculum curriculum(Settings settings) {
    LoadResult result =
        settings.contentDir() == null
            ? ContentLoader.builtIn()
            : ContentLoader.withOverlay(settings.contentDir());
    if (!result.isClean()) {
      result.problems().forEach(p -> LOG.error("Content problem: {}", p));
      throw new IllegalStateException(
          "The content has "
              + result.problems().size()
              + " problem(s); run 'allybot content lint' to list them.");
    }
    return result.curriculum();
  }

  public Allybot bot() {
    return bot;
  }

  public DeliveryWorker worker() {
    return worker;
  }

  /** The platforms' send budget, shared with every instance on this Redis. */
  public RateLimiter limiter() {
    return limiter;
  }

  public UnifiedJedis redis() {
    return redis;
  }

  /** The xAPI export, when it is on. */
  public Optional<XapiExport> xapi() {
    return Optional.ofNullable(xapi);
  }

  /**
   * Statements waiting for the LRS and set aside, when the xAPI export is on (for the dashboard).
   */
  public Optional<XapiBacklog> xapiBacklog() {
    return xapi().map(XapiExport::backlog);
  }

  public boolean schedulerRunning() {
    return scheduler.isRunning();
  }

  /** False from the moment stopping begins, so the load balancer sends nothing new here. */
  public boolean accepting() {
    return !stopping;
  }

  /**
   * The first steps of a graceful stop: readiness turns false at once, the scheduler stops firing,
   * and the delivery worker takes no new entries, finishes those in hand within its grace and
   * leaves the rest pending for the other instances. Redis stays up, so requests still in flight
   * and the last acknowledgements reach it; {@link #close} stops the rest.
   */
  public synchronized void drain() {
    stopping = true;
    scheduler.close();
    worker.close();
  }

  /** Stops everything it started, in reverse; synchronized, as a shutdown hook may call it too. */
  @Override
  public synchronized void close() {
    stopping = true;
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        LOG.warn("Could not stop {} cleanly", started.get(i).getClass().getSimpleName(), e);
      }
    }
    started.clear();
  }
}
