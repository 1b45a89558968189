package org.allybot.core.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.calendar.CalendarEvent;
import org.allybot.core.calendar.CalendarStore;
import org.allybot.core.calendar.Rsvp;
import org.allybot.core.campaign.Audience;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Events as JSON under {@code calendar:event:e.ID} (the {@code e.} keeps an event id from ever
 * reading as a member id to the eraser), answers in a hash per event, the waitlist in a sorted set
 * by arrival, reflections in a hash, and a global index of starts for the timers. Answering is one
 * script ({@link CalendarScripts}), so a place is never given twice.
 */
public final class RedisCalendarStore implements CalendarStore {
  private static final String SEPARATOR = "\u001f";
  static final Duration CLAIM_TTL = Duration.ofDays(10);

  private final UnifiedJedis redis;

  public RedisCalendarStore(UnifiedJedis redis) {
    this.redis = redis;
  }

  private static String key(WorkspaceId ws, String what, String eventId) {
    return Keys.of(ws, "calendar", what, "e." + eventId);
  }

  private static String index() {
    return Keys.global("calendar", "starts");
  }

  @Override
  public Optional<CalendarEvent> find(WorkspaceId ws, String eventId) {
    String json = redis.get(key(ws, "event", eventId));
    return Optional.ofNullable(json).map(j -> Json.read(j, CalendarEvent.class));
  }

  @Override
  public List<CalendarEvent> all(WorkspaceId ws) {
    return redis.smembers(Keys.of(ws, "calendar", "events")).stream()
        .map(m -> find(ws, m.substring(2)).orElse(null))
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing(CalendarEvent::start))
        .toList();
  }

  @Override
  public void save(CalendarEvent e) {
    redis.set(key(e.workspace(), "event", e.id()), Json.write(e));
    redis.sadd(Keys.of(e.workspace(), "calendar", "events"), "e." + e.id());
    redis.zadd(index(), e.start().getEpochSecond(), indexMember(e.workspace(), e.id()));
  }

  private static String indexMember(WorkspaceId ws, String eventId) {
    return String.join(SEPARATOR, ws.platform().name(), ws.id(), eventId);
  }

  @Override
  public List<CalendarEvent> startingBetween(Instant from, Instant to) {
    List<CalendarEvent> events = new ArrayList<>();
    for (String member :
        redis.zrangeByScore(index(), from.getEpochSecond(), to.getEpochSecond() - 1)) {
      String[] parts = member.split(SEPARATOR, -1);
      WorkspaceId ws = new WorkspaceId(Platform.valueOf(parts[0]), parts[1]);
      Optional<CalendarEvent> event = find(ws, parts[2]);
      if (event.isEmpty()) {
        redis.zrem(index(), member); // its workspace was purged
      } else {
        events.add(event.get());
      }
    }
    return events;
  }

  @Override
  public Answered answer(UserRef user, String eventId, Rsvp wanted, int capacity) {
    WorkspaceId ws = user.workspace();
    Object reply =
        redis.eval(
            CalendarScripts.ANSWER,
            List.of(
                key(ws, "answers", eventId), key(ws, "waitlist", eventId), key(ws, "seq", eventId)),
            List.of(user.userId(), wanted.word(), Integer.toString(capacity)));
    List<?> parts = (List<?>) reply;
    String before = String.valueOf(parts.get(0));
    return new Answered(
        before.isEmpty() ? Optional.empty() : Optional.of(rsvp(before)),
        rsvp(String.valueOf(parts.get(1))),
        String.valueOf(parts.get(2)));
  }

  @Override
  public List<String> fillFromWaitlist(WorkspaceId ws, String eventId, int capacity) {
    Object reply =
        redis.eval(
            CalendarScripts.FILL,
            List.of(key(ws, "answers", eventId), key(ws, "waitlist", eventId)),
            List.of(Integer.toString(capacity)));
    return ((List<?>) reply).stream().map(String::valueOf).toList();
  }

  @Override
  public void dropAnswer(UserRef user, String eventId) {
    redis.hdel(key(user.workspace(), "answers", eventId), user.userId());
    redis.zrem(key(user.workspace(), "waitlist", eventId), user.userId());
  }

  @Override
  public Map<String, Rsvp> answers(WorkspaceId ws, String eventId) {
    Map<String, Rsvp> answers = new LinkedHashMap<>();
    redis.hgetAll(key(ws, "answers", eventId)).forEach((id, word) -> answers.put(id, rsvp(word)));
    return answers;
  }

  @Override
  public List<String> waitlist(WorkspaceId ws, String eventId) {
    return List.copyOf(redis.zrange(key(ws, "waitlist", eventId), 0, -1));
  }

  @Override
  public void reflect(UserRef user, String eventId, String text) {
    redis.hset(key(user.workspace(), "reflections", eventId), user.userId(), text);
  }

  @Override
  public Optional<String> reflection(UserRef user, String eventId) {
    return Optional.ofNullable(
        redis.hget(key(user.workspace(), "reflections", eventId), user.userId()));
  }

  @Override
  public boolean claim(WorkspaceId ws, String eventId, String step) {
    String k = key(ws, "claim", eventId) + ":" + step.replaceAll("[^A-Za-z0-9_+-]", ".");
    return "OK".equals(redis.set(k, "1", SetParams.setParams().nx().ex(CLAIM_TTL.toSeconds())));
  }

  @Override
  public void forgetInEvents(UserRef user) {
    String id = user.userId();
    for (CalendarEvent e : all(user.workspace())) {
      boolean named =
          e.facilitator().equals(id)
              || e.organizer().equals(id)
              || (e.audience() instanceof Audience.Users u && u.userIds().contains(id));
      if (named) {
        redis.set(key(e.workspace(), "event", e.id()), Json.write(without(e, id)));
      }
    }
  }

  private static CalendarEvent without(CalendarEvent e, String id) {
    Audience audience =
        e.audience() instanceof Audience.Users u
            ? new Audience.Users(u.userIds().stream().filter(x -> !x.equals(id)).toList())
            : e.audience();
    return new CalendarEvent(
        e.workspace(),
        e.id(),
        e.name(),
        e.kind(),
        e.start(),
        e.zone(),
        e.length(),
        e.where(),
        audience,
        e.facilitator().equals(id) ? "" : e.facilitator(),
        e.capacity(),
        e.campaign(),
        e.organizer().equals(id) ? "" : e.organizer(),
        e.cancelled(),
        e.revision());
  }

  private static Rsvp rsvp(String word) {
    return Rsvp.valueOf(word.toUpperCase(Locale.ROOT));
  }
}
