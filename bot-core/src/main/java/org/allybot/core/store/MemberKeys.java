package org.allybot.core.store;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the store keeps a member's raw id, by key layout after the workspace's prefix: keys named
 * after the member, and shared hashes, sets and sorted sets whose entries are member ids. Forget-me
 * erases exactly these, so a member whose id is also a word of the key scheme ("member", "poll"), a
 * campaign's id or an organisation detail's name erases nobody else's data. The adapters' stores
 * share the workspace's namespace (the server's Teams store: a member's conversation reference,
 * account id and personal chat), so their layouts are here too. A store that keeps a raw member id
 * under a new layout lists it here (MemberDataTest, RedisTeamsStoreTest and each feature's
 * forgetting test check that nothing of the member is left).
 */
final class MemberKeys {
  /** What a key holds of members. */
  enum Entries {
    /** Fields named by member id. */
    HASH_FIELDS,
    /** Members that are member ids. */
    SET_MEMBERS,
    /** Members that are a member id, or end in {@code |} and one. */
    SORTED_SET_MEMBERS,
    /** No member ids, or none the eraser may touch. */
    NONE
  }

  /** Keys that are one member's own, named {@code kind:id}. */
  private static final Set<String> NAMED =
      Set.of(
          "member",
          "practised",
          "practice",
          "active-weeks",
          "review-rounds",
          "seen",
          "reviews",
          "teams:personal");

  /** Keys that are one member's own, with one part (a day) between the kind and the id. */
  private static final Set<String> NAMED_PER_DAY = Set.of("thanks:given");

  private static final List<Pattern> HASHES =
      layouts(
          "direct-channels",
          "lang:chosen",
          "lang:reported",
          "poll:*",
          "lesson:*",
          "calendar:answers:*",
          "calendar:reflections:*",
          "thanks:sharing",
          "teams:accounts");
  private static final List<Pattern> SETS =
      layouts("members", "admins", "campaign-joined:*", "campaign-optouts:*", "week:*:active");
  private static final List<Pattern> SORTED_SETS =
      layouts(
          "answers-by-time", "responses-by-time", "calendar:waitlist:*", "teams:personal-index");

  private MemberKeys() {}

  /** Whether the key (after the workspace's prefix) is the member's own, to delete whole. */
  static boolean named(String key, String id) {
    if (!key.endsWith(":" + id)) {
      return false;
    }
    String kind = key.substring(0, key.length() - id.length() - 1);
    if (NAMED.contains(kind)) {
      return true;
    }
    int colon = kind.lastIndexOf(':');
    return colon > 0 && NAMED_PER_DAY.contains(kind.substring(0, colon));
  }

  /** What the key (after the workspace's prefix) holds of members. */
  static Entries entries(String key) {
    if (matches(HASHES, key)) {
      return Entries.HASH_FIELDS;
    }
    if (matches(SETS, key)) {
      return Entries.SET_MEMBERS;
    }
    return matches(SORTED_SETS, key) ? Entries.SORTED_SET_MEMBERS : Entries.NONE;
  }

  private static boolean matches(List<Pattern> layouts, String key) {
    return layouts.stream().anyMatch(p -> p.matcher(key).matches());
  }

  /** Each layout as a pattern: {@code *} stands for one or more characters. */
  private static List<Pattern> layouts(String... layouts) {
    return java.util.Arrays.stream(layouts)
        .map(l -> Pattern.compile(Pattern.quote(l).replace("*", "\\E.+\\Q")))
        .toList();
  }
}
