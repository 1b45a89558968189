package org.allybot.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.allybot.core.CoreHarness;
import org.allybot.core.message.Button;
import org.allybot.core.store.KeyScan;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Forget-me erases the member's own data and nobody else's, even when their id is also a word of
 * the key scheme ("member", "poll"), a campaign's id or a field of a shared record: the shell lets
 * anyone be called anything.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class ForgettingOnlyTheMemberTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private static final String WS = "ally:{shell:test}:";
  private final CoreHarness harness;

  ForgettingOnlyTheMemberTest(CoreHarness harness) {
    this.harness = harness;
  }

  @Test
  void membersNamedLikeWordsOfTheKeySchemeForgetOnlyTheirOwnData() {
    practise("bob");
    List<String> named = List.of("member", "members", "poll", "lesson", "practice", "chosen");
    named.forEach(this::practise);
    Map<String, String> bobs = entriesNaming("bob");
    assertThat(bobs).isNotEmpty();

    named.forEach(this::forget);

    assertThat(entriesNaming("bob")).isEqualTo(bobs);
    for (String name : named) {
      assertThat(harness.redis.exists(WS + "member:" + name)).as(name).isFalse();
    }
  }

  @Test
  void aMemberNamedLikeACampaignOrAnOrganisationDetailLeavesThemAlone() {
    harness.say("boss", "campaign create Pilot");
    harness.say("boss", "admin set name Acme");
    practise("pilot");
    practise("name");

    forget("pilot");
    forget("name");

    assertThat(harness.redis.exists(WS + "campaign:pilot")).isTrue();
    assertThat(harness.redis.smembers(WS + "campaigns")).contains("pilot");
    assertThat(harness.redis.hget(WS + "org", "name")).isEqualTo("Acme");
    assertThat(harness.redis.exists(WS + "member:pilot")).isFalse();
    assertThat(harness.redis.exists(WS + "member:name")).isFalse();
  }

  @Test
  void forgettingStillLeavesNothingOfTheMemberInTheWorkspace() {
    harness.say("boss", "campaign create Pilot --mandatory");
    harness.say("alice7", "language es");
    practise("alice7");
    harness.say("alice7", "optout");
    practise("bob");
    assertThat(entriesNaming("alice7").keySet())
        .anyMatch(k -> k.contains("lang:chosen"))
        .anyMatch(k -> k.contains("campaign-optouts"));

    forget("alice7");

    assertThat(entriesNaming("alice7")).isEmpty();
    assertThat(entriesNaming("bob")).isNotEmpty();
  }

  private void practise(String who) {
    Button option = harness.say(who, "poll").messages().getLast().buttons().getFirst();
    harness.press(who, option.action(), option.value());
    Button tryIt = harness.say(who, "lesson").messages().getLast().buttons().getLast();
    harness.press(who, tryIt.action(), tryIt.value());
  }

  private void forget(String who) {
    Button yes = harness.say(who, "forget-me").messages().getLast().buttons().getFirst();
    harness.press(who, yes.action(), yes.value());
  }

  /** Every key whose name is the member's, and every entry of any key that names them. */
  private Map<String, String> entriesNaming(String who) {
    Map<String, String> found = new TreeMap<>();
    for (String key : KeyScan.matching(harness.redis, WS + "*")) {
      boolean theirs = key.endsWith(":" + who);
      switch (harness.redis.type(key)) {
        case "string" -> {
          if (theirs) {
            found.put(key, harness.redis.get(key));
          }
        }
        case "hash" ->
            harness
                .redis
                .hgetAll(key)
                .forEach((field, value) -> {
                  if (theirs || field.equals(who) || field.endsWith("|" + who)) {
                    found.put(key + " " + field, value);
                  }
                });
        case "set" ->
            harness.redis.smembers(key).stream()
                .filter(m -> theirs || m.equals(who))
                .forEach(m -> found.put(key + " " + m, ""));
        case "zset" ->
            harness.redis.zrange(key, 0, -1).stream()
                .filter(m -> theirs || m.equals(who) || m.endsWith("|" + who))
                .forEach(m -> found.put(key + " " + m, ""));
        default -> {}
      }
    }
    return found;
  }
}
