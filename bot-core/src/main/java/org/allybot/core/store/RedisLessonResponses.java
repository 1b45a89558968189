package org.allybot.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.lesson.LessonResponses;
import redis.clients.jedis.UnifiedJedis;

/**
 * Lesson responses per lesson hash; check-ins in one global sorted set by due time, each member
 * {@code platform␟workspace␟user␟lesson␟campaign} (entries written before the campaign was kept
 * have four fields and read as outside a campaign).
 */
public final class RedisLessonResponses implements LessonResponses {
  private static final String SEPARATOR = "\u001f";
  private final UnifiedJedis redis;

  public RedisLessonResponses(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public void respond(UserRef user, String lessonId, String response, Instant at) {
    redis.hset(Keys.of(user.workspace(), "lesson", lessonId), user.userId(), response);
    redis.zadd(
        Keys.of(user.workspace(), "responses-by-time"),
        at.getEpochSecond(),
        lessonId + "|" + user.userId());
  }

  @Override
  public Optional<String> responseOf(UserRef user, String lessonId) {
    return Optional.ofNullable(
        redis.hget(Keys.of(user.workspace(), "lesson", lessonId), user.userId()));
  }

  @Override
  public void commit(UserRef user, String lessonId, String campaignId, Instant checkInAt) {
    String member =
        String.join(
            SEPARATOR,
            user.workspace().platform().name(),
            user.workspace().id(),
            user.userId(),
            lessonId,
            campaignId);
    redis.zadd(Keys.global("check-ins"), checkInAt.getEpochSecond(), member);
  }

  @Override
  public List<CheckIn> takeDueCheckIns(Instant now) {
    List<CheckIn> due = new ArrayList<>();
    String key = Keys.global("check-ins");
    for (String member : redis.zrangeByScore(key, 0, now.getEpochSecond())) {
      if (redis.zrem(key, member) == 0) {
        continue;
      }
      String[] parts = member.split(SEPARATOR, -1);
      if (parts.length == 4 || parts.length == 5) {
        WorkspaceId ws = new WorkspaceId(Platform.valueOf(parts[0]), parts[1]);
        String campaignId = parts.length == 5 ? parts[4] : "";
        due.add(new CheckIn(new UserRef(ws, parts[2]), parts[3], campaignId));
      }
    }
    return due;
  }
}
