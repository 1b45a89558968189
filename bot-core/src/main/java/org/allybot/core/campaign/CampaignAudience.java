package org.allybot.core.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.allybot.core.ChatPlatform;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.member.Member;

/** Expands a campaign's audience into members, and tells who is enrolled. */
public final class CampaignAudience {
  private final CoreContext core;

  public CampaignAudience(CoreContext core) {
    this.core = core;
  }

  /** Everyone the campaign addresses, before enrolment. */
  public List<UserRef> audience(Campaign c) throws DeliveryException {
    Set<String> ids = new LinkedHashSet<>();
    switch (c.audience()) {
      case Audience.Everyone e ->
          core.members().all(c.workspace()).stream()
              .filter(Member::optedIn)
              .forEach(m -> ids.add(m.user().userId()));
      case Audience.Channel ch -> {
        ChatPlatform platform = core.platforms().get(c.workspace().platform());
        if (platform == null) {
          throw new DeliveryException.Permanent("no platform for " + c.workspace().platform());
        }
        ids.addAll(platform.channelMembers(c.workspace(), ch.channelId()));
      }
      case Audience.Users u -> ids.addAll(u.userIds());
    }
    List<UserRef> users = new ArrayList<>();
    ids.forEach(id -> users.add(new UserRef(c.workspace(), id)));
    return users;
  }

  /** The audience members taking part: joined (optional) or not opted out (mandatory). */
  public List<UserRef> enrolled(Campaign c) throws DeliveryException {
    Predicate<String> takesPart = takesPart(c);
    return audience(c).stream().filter(u -> takesPart.test(u.userId())).toList();
  }

  /** Some of the enrolled, with those of them who have a stored profile. */
  public record EnrolledChunk(List<UserRef> users, Map<UserRef, Member> members) {}

  /**
   * The same people as {@link #enrolled}, {@code size} at a time, each chunk's stored members read
   * in one go as the stream reaches it: a fire to 100,000 members then reads each profile once (it
   * needs their zones), and queues its first chunk before it has read the rest.
   */
  public Stream<EnrolledChunk> enrolledChunks(Campaign c, int size) throws DeliveryException {
    boolean everyone = c.audience() instanceof Audience.Everyone;
    List<UserRef> people =
        everyone
            ? core.members().ids(c.workspace()).stream()
                .map(id -> new UserRef(c.workspace(), id))
                .toList()
            : audience(c);
    Predicate<String> takesPart = takesPart(c);
    return IntStream.iterate(0, from -> from < people.size(), from -> from + size)
        .mapToObj(from -> {
          List<UserRef> chunk = people.subList(from, Math.min(people.size(), from + size));
          Map<UserRef, Member> members = core.members().findAll(chunk);
          List<UserRef> enrolled =
              chunk.stream()
                  .filter(u -> takesPart.test(u.userId()))
                  .filter(u -> !everyone || (members.containsKey(u) && members.get(u).optedIn()))
                  .toList();
          return new EnrolledChunk(enrolled, members);
        });
  }

  /**
   * Whether a member of the audience takes part: joined (optional) or not opted out (mandatory).
   */
  private Predicate<String> takesPart(Campaign c) {
    if (c.mandatory()) {
      Set<String> optedOut = core.enrolment().optedOut(c.workspace(), c.id());
      return id -> !optedOut.contains(id);
    }
    return core.enrolment().joined(c.workspace(), c.id())::contains;
  }

  /** Whether the member is enrolled, without listing the whole audience. */
  public boolean isEnrolled(Campaign c, UserRef user) {
    return enrolledAmong(c, List.of(user)).contains(user);
  }

  /** Those of {@code users} (members of the campaign's workspace) who are enrolled, in one read. */
  public Set<UserRef> enrolledAmong(Campaign c, Collection<UserRef> users) {
    List<String> ids = users.stream().map(UserRef::userId).toList();
    Set<UserRef> enrolled = new LinkedHashSet<>();
    if (c.mandatory()) {
      Set<String> optedOut = core.enrolment().optedOutAmong(c.workspace(), c.id(), ids);
      users.stream().filter(u -> !optedOut.contains(u.userId())).forEach(enrolled::add);
    } else {
      Set<String> joined = core.enrolment().joinedAmong(c.workspace(), c.id(), ids);
      users.stream().filter(u -> joined.contains(u.userId())).forEach(enrolled::add);
    }
    return enrolled;
  }
}
