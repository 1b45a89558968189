package org.allybot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.allybot.core.DeliveryException;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Members as {@code users.info} describes them (display name, IANA time zone, workspace admin or
 * owner), cached per instance for a TTL so a busy poll does not call Slack for every click.
 */
public final class SlackUsers {
  private static final Logger LOG = LoggerFactory.getLogger(SlackUsers.class);
  private static final int MAX_ENTRIES = 100_000;

  /**
   * What Allybot needs to know about a member; {@code email} is empty unless the app has the {@code
   * users:read.email} scope (only the xAPI export's e-mail actors use it); {@code locale} is the
   * member's Slack language ({@code es-ES}), asked for with {@code include_locale}, or empty.
   */
  public record Profile(
      String displayName, String timeZone, boolean admin, String email, String locale) {
    public static Profile of(User u) {
      String name =
          u.getProfile() != null && notBlank(u.getProfile().getDisplayName())
              ? u.getProfile().getDisplayName()
              : notBlank(u.getRealName()) ? u.getRealName() : u.getName();
      String email = u.getProfile() == null ? null : u.getProfile().getEmail();
      return new Profile(
          name == null ? "" : name,
          u.getTz() == null ? "" : u.getTz(),
          u.isAdmin() || u.isOwner() || u.isPrimaryOwner(),
          email == null ? "" : email,
          u.getLocale() == null ? "" : u.getLocale());
    }

    private static boolean notBlank(String s) {
      return s != null && !s.isBlank();
    }
  }

  private record Entry(Profile profile, Instant expires) {}

  private final Slack slack;
  private final SlackTokens tokens;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  public SlackUsers(Slack slack, SlackTokens tokens, Duration ttl, Clock clock) {
    this.slack = slack;
    this.tokens = tokens;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The member as an actor of a core event; without users.info, as much as the payload told. */
  public Actor actor(String teamId, String userId, String fallbackName) {
    UserRef user = new UserRef(new WorkspaceId(Platform.SLACK, teamId), userId);
    Profile p =
        profile(teamId, userId)
            .orElse(new Profile(fallbackName == null ? "" : fallbackName, "", false, "", ""));
    return new Actor(user, p.displayName(), p.admin(), p.timeZone(), p.locale());
  }

  /** The cached profile, or a fresh one from {@code users.info}; empty if Slack cannot say. */
  public Optional<Profile> profile(String teamId, String userId) {
    String key = teamId + "|" + userId;
    Entry e = cache.get(key);
    Instant now = clock.instant();
    if (e != null && e.expires().isAfter(now)) {
      return Optional.of(e.profile());
    }
    Optional<String> token = tokens.botToken(teamId);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    try {
      UsersInfoResponse info =
          SlackFailures.call(
              () -> slack.methods(token.get()).usersInfo(r -> r.user(userId).includeLocale(true)));
      Profile p = Profile.of(info.getUser());
      remember(teamId, userId, p);
      return Optional.of(p);
    } catch (DeliveryException ex) {
      LOG.warn("users.info failed in workspace {}: {}", teamId, ex.getMessage());
      return Optional.empty();
    }
  }

  /** Stores what a {@code user_change} event told us, so the next lookup needs no call. */
  public void remember(String teamId, String userId, Profile profile) {
    Entry known = cache.get(teamId + "|" + userId);
    if (profile.locale().isEmpty() && known != null) {
      // user_change events carry no locale: keep the one users.info gave.
      Profile p = profile;
      profile =
          new Profile(
              p.displayName(), p.timeZone(), p.admin(), p.email(), known.profile().locale());
    }
    if (cache.size() >= MAX_ENTRIES) {
      Instant now = clock.instant();
      cache.values().removeIf(x -> !x.expires().isAfter(now));
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
    }
    cache.put(teamId + "|" + userId, new Entry(profile, clock.instant().plus(ttl)));
  }

  /** Forgets a workspace's members (after an uninstall). */
  public void forgetWorkspace(String teamId) {
    cache.keySet().removeIf(k -> k.startsWith(teamId + "|"));
  }
}
