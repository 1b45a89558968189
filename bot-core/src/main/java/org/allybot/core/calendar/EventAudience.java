package org.allybot.core.calendar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.allybot.core.ChatPlatform;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Audience;
import org.allybot.core.command.Mentions;
import org.allybot.core.member.Member;

/**
 * Reads an event's audience and facilitator, refusing people and channels Allybot cannot reach, and
 * lists whom an audience invites.
 */
final class EventAudience {
  private final CoreContext core;

  EventAudience(CoreContext core) {
    this.core = core;
  }

  /** {@code all} (or nothing), a {@code #channel}, or {@code @user,@user}. */
  Audience parse(WorkspaceId ws, String value) {
    String v = value.strip();
    if (v.isEmpty() || v.equalsIgnoreCase("all")) {
      return new Audience.Everyone();
    }
    var channel = Mentions.channel(v);
    if (channel.isPresent()) {
      requireChannel(ws, channel.get(), v);
      return new Audience.Channel(channel.get());
    }
    List<String> ids = new ArrayList<>();
    for (String token : v.split("[,\\s]+")) {
      if (Mentions.user(token).isEmpty()) {
        throw InvalidEvent.of("audience", "bad-audience", "value", token);
      }
      ids.add(user(ws, token, "audience"));
    }
    return new Audience.Users(ids);
  }

  /**
   * The user id behind a mention. A mention the platform completed ({@code <@U123>}) names a real
   * person; a typed {@code @name} must be someone Allybot already knows.
   */
  String user(WorkspaceId ws, String token, String field) {
    String id =
        Mentions.user(token)
            .orElseThrow(() -> InvalidEvent.of(field, "unknown-user", "token", token));
    boolean completed = token.startsWith("<@");
    if (!completed && core.members().find(new UserRef(ws, id)).isEmpty()) {
      throw InvalidEvent.of(field, "unknown-user", "token", token);
    }
    return id;
  }

  private void requireChannel(WorkspaceId ws, String channelId, String token) {
    try {
      platform(ws).channelMembers(ws, channelId);
    } catch (DeliveryException | RuntimeException e) {
      throw InvalidEvent.of("audience", "unknown-channel", "token", token);
    }
  }

  /** Everyone the event invites, in a stable order. */
  List<UserRef> members(CalendarEvent e) throws DeliveryException {
    Set<String> ids = new LinkedHashSet<>();
    switch (e.audience()) {
      case Audience.Everyone all ->
          core.members().all(e.workspace()).stream()
              .filter(Member::optedIn)
              .forEach(m -> ids.add(m.user().userId()));
      case Audience.Channel ch ->
          ids.addAll(platform(e.workspace()).channelMembers(e.workspace(), ch.channelId()));
      case Audience.Users u -> ids.addAll(u.userIds());
    }
    return ids.stream().map(id -> new UserRef(e.workspace(), id)).toList();
  }

  private ChatPlatform platform(WorkspaceId ws) throws DeliveryException {
    ChatPlatform platform = core.platforms().get(ws.platform());
    if (platform == null) {
      throw new DeliveryException.Permanent("no platform for " + ws.platform());
    }
    return platform;
  }
}
