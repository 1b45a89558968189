package org.allybot.core.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.desk.AuditEntry;
import org.allybot.core.desk.DeskSeal;
import org.allybot.core.desk.DeskSetup;
import org.allybot.core.desk.DeskStore;
import org.allybot.core.desk.Entry;
import org.allybot.core.desk.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The desk on Redis. Every value is JSON sealed with the {@link DeskSeal}, bound to its key's
 * meaning (a report's seal does not open as another report's); keys hold report numbers and keyed
 * tags, never a user id. Expiries are relative ({@code SET ... EX}).
 */
public final class RedisDeskStore implements DeskStore {
  private static final Logger LOG = LoggerFactory.getLogger(RedisDeskStore.class);

  private final UnifiedJedis redis;
  private final DeskSeal seal;

  public RedisDeskStore(UnifiedJedis redis, DeskSeal seal) {
    this.redis = redis;
    this.seal = seal;
  }

  static String reportKey(WorkspaceId ws, int n) {
    return Keys.of(ws, "desk", "report", Integer.toString(n));
  }

  static String entriesKey(WorkspaceId ws, int n) {
    return Keys.of(ws, "desk", "entries", Integer.toString(n));
  }

  static String auditKey(WorkspaceId ws, int n) {
    return Keys.of(ws, "desk", "audit", Integer.toString(n));
  }

  static String setupKey(WorkspaceId ws) {
    return Keys.of(ws, "desk", "setup");
  }

  static String numbersKey(WorkspaceId ws) {
    return Keys.of(ws, "desk", "numbers");
  }

  static String linkKey(WorkspaceId ws, String tag) {
    return Keys.of(ws, "desk", "link", tag);
  }

  static String workspacesKey() {
    return Keys.global("desk", "workspaces");
  }

  static String context(WorkspaceId ws, String what, int n) {
    return "desk|" + ws.key() + "|" + what + "|" + n;
  }

  @Override
  public int nextNumber(WorkspaceId ws) {
    redis.sadd(workspacesKey(), ws.key());
    return (int) redis.incr(Keys.of(ws, "desk", "counter"));
  }

  @Override
  public void save(WorkspaceId ws, Report report) {
    int n = report.number();
    redis.set(reportKey(ws, n), seal.seal(Json.write(report), context(ws, "report", n)));
    redis.zadd(numbersKey(ws), n, Integer.toString(n));
  }

  @Override
  public Optional<Report> find(WorkspaceId ws, int number) {
    return read(redis.get(reportKey(ws, number)), context(ws, "report", number), Report.class);
  }

  @Override
  public List<Report> all(WorkspaceId ws) {
    List<Report> reports = new ArrayList<>();
    for (String n : redis.zrange(numbersKey(ws), 0, -1)) {
      find(ws, Integer.parseInt(n)).ifPresent(reports::add);
    }
    return reports;
  }

  @Override
  public void delete(WorkspaceId ws, int number) {
    redis.del(
        reportKey(ws, number),
        entriesKey(ws, number),
        auditKey(ws, number),
        Keys.of(ws, "desk", "remind", Integer.toString(number), "rota"),
        Keys.of(ws, "desk", "remind", Integer.toString(number), "admins"));
    redis.zrem(numbersKey(ws), Integer.toString(number));
  }

  @Override
  public void append(WorkspaceId ws, int number, Entry entry) {
    redis.rpush(entriesKey(ws, number), seal.seal(Json.write(entry), context(ws, "entry", number)));
  }

  @Override
  public List<Entry> entries(WorkspaceId ws, int number) {
    return list(entriesKey(ws, number), context(ws, "entry", number), Entry.class);
  }

  @Override
  public void audit(WorkspaceId ws, int number, AuditEntry entry) {
    redis.rpush(auditKey(ws, number), seal.seal(Json.write(entry), context(ws, "audit", number)));
  }

  @Override
  public List<AuditEntry> auditTrail(WorkspaceId ws, int number) {
    return list(auditKey(ws, number), context(ws, "audit", number), AuditEntry.class);
  }

  @Override
  public Optional<DeskSetup> setup(WorkspaceId ws) {
    return read(redis.get(setupKey(ws)), context(ws, "setup", 0), DeskSetup.class);
  }

  @Override
  public void saveSetup(WorkspaceId ws, DeskSetup setup) {
    redis.sadd(workspacesKey(), ws.key());
    redis.set(setupKey(ws), seal.seal(Json.write(setup), context(ws, "setup", 0)));
  }

  @Override
  public void link(WorkspaceId ws, String messageId, int number, Duration keep) {
    DeskLink link = new DeskLink(messageId, number);
    redis.set(
        linkKey(ws, seal.tag("message", ws.key(), messageId)),
        seal.seal(Json.write(link), context(ws, "link", 0)),
        SetParams.setParams().ex(Math.max(1, keep.toSeconds())));
  }

  @Override
  public Optional<Integer> linked(WorkspaceId ws, String messageId) {
    for (String tag : seal.tags("message", ws.key(), messageId)) {
      Optional<DeskLink> link =
          read(redis.get(linkKey(ws, tag)), context(ws, "link", 0), DeskLink.class);
      if (link.isPresent() && link.get().messageId().equals(messageId)) {
        return Optional.of(link.get().report());
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean claimReminder(WorkspaceId ws, int number, String level, Duration keep) {
    String key = Keys.of(ws, "desk", "remind", Integer.toString(number), level);
    return "OK"
        .equals(redis.set(key, "1", SetParams.setParams().nx().ex(Math.max(1, keep.toSeconds()))));
  }

  @Override
  public List<WorkspaceId> workspaces() {
    return redis.smembers(workspacesKey()).stream()
        .sorted()
        .map(RedisDeskStore::workspace)
        .toList();
  }

  static WorkspaceId workspace(String key) {
    int colon = key.indexOf(':');
    return new WorkspaceId(
        Platform.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT)),
        key.substring(colon + 1));
  }

  private <T> Optional<T> read(String sealed, String context, Class<T> type) {
    if (sealed == null) {
      return Optional.empty();
    }
    Optional<T> value = seal.open(sealed, context).map(json -> Json.read(json, type));
    if (value.isEmpty()) {
      // Kept, never deleted: a value that opens with neither key waits for the right key.
      LOG.warn("A desk {} does not open with the configured keys", type.getSimpleName());
    }
    return value;
  }

  private <T> List<T> list(String key, String context, Class<T> type) {
    Function<String, Optional<T>> open = s -> read(s, context, type);
    return redis.lrange(key, 0, -1).stream().map(open).flatMap(Optional::stream).toList();
  }

  /** A private message's link to a report, sealed, so the message id can be tagged anew. */
  record DeskLink(String messageId, int report) {}
}
