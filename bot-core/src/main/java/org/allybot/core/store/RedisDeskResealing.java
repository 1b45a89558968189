package org.allybot.core.store;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.allybot.core.WorkspaceId;
import org.allybot.core.desk.DeskSeal;
import org.allybot.core.desk.DeskTags;
import org.allybot.core.desk.Report;
import redis.clients.jedis.UnifiedJedis;

/**
 * {@code allybot keys rotate}: seals every desk value again under the current key, reading what the
 * previous key sealed. Each value is replaced on its own, and only if nobody changed it in the
 * meantime (a compare-and-set script), so the server may keep running, and an interrupted run is
 * finished by running it again: values already under the current key come out the same. A value
 * that opens with neither key is counted and left as it is, never deleted.
 */
public final class RedisDeskResealing {
  private static final String SET_IF_SAME =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then"
          + " redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') return 1 end return 0";
  private static final String LSET_IF_SAME =
      "if redis.call('LINDEX', KEYS[1], ARGV[1]) == ARGV[2] then"
          + " redis.call('LSET', KEYS[1], ARGV[1], ARGV[3]) return 1 end return 0";
  private static final int ATTEMPTS = 5;

  private final UnifiedJedis redis;
  private final DeskSeal seal;
  private final DeskTags tags;

  public RedisDeskResealing(UnifiedJedis redis, DeskSeal seal) {
    this.redis = redis;
    this.seal = seal;
    this.tags = new DeskTags(seal);
  }

  /** What one run did: values re-sealed, values that needed nothing, values no key opens. */
  public record Outcome(int resealed, int unchanged, int unreadable) {
    Outcome plus(Outcome o) {
      return new Outcome(resealed + o.resealed, unchanged + o.unchanged, unreadable + o.unreadable);
    }
  }

  public Outcome run() {
    Outcome total = new Outcome(0, 0, 0);
    for (String key : KeyScan.matching(redis, Keys.ROOT + "{*}:desk:*")) {
      total = total.plus(reseal(key));
    }
    return total;
  }

  private Outcome reseal(String key) {
    WorkspaceId ws =
        RedisDeskStore.workspace(key.substring(key.indexOf('{') + 1, key.indexOf('}')));
    String[] parts = key.substring(key.indexOf("}:desk:") + 7).split(":");
    int n = parts.length > 1 && parts[1].matches("\\d+") ? Integer.parseInt(parts[1]) : 0;
    return switch (parts[0]) {
      case "report" ->
          value(key, RedisDeskStore.context(ws, "report", n), json -> rekeyed(ws, json));
      case "setup" -> value(key, RedisDeskStore.context(ws, "setup", 0), UnaryOperator.identity());
      case "entries" -> list(key, RedisDeskStore.context(ws, "entry", n));
      case "audit" -> list(key, RedisDeskStore.context(ws, "audit", n));
      case "link" -> link(ws, key);
      default -> new Outcome(0, 0, 0); // counters, numbers, reminder claims: nothing sealed
    };
  }

  private String rekeyed(WorkspaceId ws, String json) {
    return Json.write(tags.rekeyed(ws, Json.read(json, Report.class)));
  }

  /** One sealed value; {@code change} may rewrite what it holds (a report's own seals and tags). */
  private Outcome value(String key, String context, UnaryOperator<String> change) {
    for (int i = 0; i < ATTEMPTS; i++) {
      String sealed = redis.get(key);
      if (sealed == null) {
        return new Outcome(0, 0, 0);
      }
      Optional<String> plain = seal.open(sealed, context);
      if (plain.isEmpty()) {
        return new Outcome(0, 0, 1);
      }
      String next = change.apply(plain.get());
      if (seal.isCurrent(sealed, context) && next.equals(plain.get())) {
        return new Outcome(0, 1, 0);
      }
      Object done =
          redis.eval(SET_IF_SAME, List.of(key), List.of(sealed, seal.seal(next, context)));
      if (Long.valueOf(1).equals(done)) {
        return new Outcome(1, 0, 0);
      }
    }
    throw new IllegalStateException("A desk value kept changing during the rotation; run it again");
  }

  private Outcome list(String key, String context) {
    Outcome total = new Outcome(0, 0, 0);
    List<String> items = redis.lrange(key, 0, -1);
    for (int i = 0; i < items.size(); i++) {
      String sealed = items.get(i);
      Optional<String> plain = seal.open(sealed, context);
      if (plain.isEmpty()) {
        total = total.plus(new Outcome(0, 0, 1));
      } else if (seal.isCurrent(sealed, context)) {
        total = total.plus(new Outcome(0, 1, 0));
      } else {
        // Lists only grow at the end, so an item's place never changes under us.
        redis.eval(
            LSET_IF_SAME,
            List.of(key),
            List.of(Integer.toString(i), sealed, seal.seal(plain.get(), context)));
        total = total.plus(new Outcome(1, 0, 0));
      }
    }
    return total;
  }

  /** A link's key is a tag of its message id: under a new key it moves to the new tag. */
  private Outcome link(WorkspaceId ws, String key) {
    String context = RedisDeskStore.context(ws, "link", 0);
    String sealed = redis.get(key);
    Optional<RedisDeskStore.DeskLink> link =
        sealed == null
            ? Optional.empty()
            : seal.open(sealed, context).map(j -> Json.read(j, RedisDeskStore.DeskLink.class));
    if (link.isEmpty()) {
      return new Outcome(0, 0, sealed == null ? 0 : 1);
    }
    String target =
        RedisDeskStore.linkKey(ws, seal.tag("message", ws.key(), link.get().messageId()));
    if (target.equals(key) && seal.isCurrent(sealed, context)) {
      return new Outcome(0, 1, 0);
    }
    long ttl = Math.max(1, redis.ttl(key));
    redis.setex(target, ttl, seal.seal(Json.write(link.get()), context));
    if (!target.equals(key)) {
      redis.del(key);
    }
    return new Outcome(1, 0, 0);
  }
}
