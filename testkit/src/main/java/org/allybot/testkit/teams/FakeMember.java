package org.allybot.testkit.teams;

/**
 * A Teams user as the fake connector lists them: the Bot Framework id ({@code 29:...}), the AAD
 * object id and a display name.
 */
public record FakeMember(String id, String aadObjectId, String name) {
  /** A member whose ids are derived from {@code n}, for tests that need many. */
  public static FakeMember numbered(int n) {
    String aad = String.format("00000000-0000-4000-8000-%012d", n);
    return new FakeMember("29:member-" + n, aad, "Member " + n);
  }
}
