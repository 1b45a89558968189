package org.allybot.core.member;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.allybot.core.UserRef;

/**
 * A person Allybot practises with. {@code timeZone} is an IANA id or empty when not known yet;
 * {@code deliveryTime} is their preferred local time or null for the campaign's; {@code
 * pausedUntil} is the first day deliveries resume, or null.
 */
public record Member(
    UserRef user,
    String displayName,
    String timeZone,
    boolean optedIn,
    LocalDate pausedUntil,
    LocalTime deliveryTime,
    Role role,
    Instant firstSeen,
    boolean introduced) {

  /** What a member may do. */
  public enum Role {
    MEMBER,
    ADMIN
  }

  public static Member newcomer(UserRef user, String displayName, String timeZone, Instant now) {
    return new Member(user, displayName, timeZone, true, null, null, Role.MEMBER, now, false);
  }

  public boolean isPausedOn(LocalDate day) {
    return pausedUntil != null && day.isBefore(pausedUntil);
  }

  public Member withTimeZone(String zone) {
    return new Member(
        user, displayName, zone, optedIn, pausedUntil, deliveryTime, role, firstSeen, introduced);
  }

  public Member withDisplayName(String name) {
    return new Member(
        user, name, timeZone, optedIn, pausedUntil, deliveryTime, role, firstSeen, introduced);
  }

  public Member withOptedIn(boolean in) {
    return new Member(
        user, displayName, timeZone, in, pausedUntil, deliveryTime, role, firstSeen, introduced);
  }

  public Member withPausedUntil(LocalDate day) {
    return new Member(
        user, displayName, timeZone, optedIn, day, deliveryTime, role, firstSeen, introduced);
  }

  public Member withDeliveryTime(LocalTime time) {
    return new Member(
        user, displayName, timeZone, optedIn, pausedUntil, time, role, firstSeen, introduced);
  }

  public Member withRole(Role newRole) {
    return new Member(
        user,
        displayName,
        timeZone,
        optedIn,
        pausedUntil,
        deliveryTime,
        newRole,
        firstSeen,
        introduced);
  }

  public Member markIntroduced() {
    return new Member(
        user, displayName, timeZone, optedIn, pausedUntil, deliveryTime, role, firstSeen, true);
  }
}
