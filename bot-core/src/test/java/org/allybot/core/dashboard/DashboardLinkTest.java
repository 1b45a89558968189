package org.allybot.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.CoreHarness;
import org.allybot.core.UserRef;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.signin.LinkHolder;
import org.allybot.core.signin.LinkPurpose;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedRedisExtension.class)
final class DashboardLinkTest {
  private static final Pattern LINK =
      Pattern.compile("http://localhost:3000/admin/login\\?token=([A-Za-z0-9_-]{43})");

  private CoreHarness harness;

  @BeforeEach
  void start(RedisEndpoint redis) {
    harness = new CoreHarness(redis, "boss");
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void anAdminGetsALinkThatSignsThemInOnce() {
    harness.say("boss", "help");
    String reply = CoreHarness.text(harness.say("boss", "dashboard"));

    assertThat(reply).contains("Your sign-in link").contains("works once, for 10 minutes");
    Matcher link = LINK.matcher(reply);
    assertThat(link.find()).isTrue();
    var links = harness.bot.context().links();
    assertThat(links.consume(LinkPurpose.DASHBOARD, link.group(1)))
        .contains(new LinkHolder(CoreHarness.user("boss"), false));
    assertThat(links.consume(LinkPurpose.DASHBOARD, link.group(1))).isEmpty();
  }

  @Test
  void aPlatformAdminsLinkSaysSoForTheRosterCannot() {
    UserRef owner = CoreHarness.user("owner");
    String reply =
        CoreHarness.text(
            harness.bot.handle(
                new CoreEvent.CommandInvoked(
                    new Actor(owner, "Owner", true, ""), "dashboard", "")));

    Matcher link = LINK.matcher(reply);
    assertThat(link.find()).isTrue();
    assertThat(harness.bot.context().links().consume(LinkPurpose.DASHBOARD, link.group(1)))
        .contains(new LinkHolder(owner, true));
  }

  @Test
  void aMemberIsToldOnlyAdminsCanAndGetsNoLink() {
    harness.say("alice", "help");
    String reply = CoreHarness.text(harness.say("alice", "dashboard"));

    assertThat(reply).startsWith("Only Allybot admins can open the dashboard.");
    assertThat(reply).doesNotContain("token=");
    assertThat(harness.redis.keys("ally:global:link:*")).isEmpty();
  }

  @Test
  void helpListsTheDashboardForAdminsOnly() {
    assertThat(CoreHarness.text(harness.say("boss", "help"))).contains("/ally dashboard");
    assertThat(CoreHarness.text(harness.say("alice", "help"))).doesNotContain("/ally dashboard");
  }
}
