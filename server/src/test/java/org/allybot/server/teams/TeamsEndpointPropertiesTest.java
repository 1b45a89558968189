package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.allybot.core.store.Keys;
import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.fuzz.Fuzz;
import org.allybot.testkit.fuzz.FuzzCase;
import org.allybot.testkit.fuzz.TeamsActivityCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of {@code /api/messages} over authentic activities (with a token from the fake issuer)
 * that were mutated: no answer is a 5xx, nothing logs a stack trace, and a refused activity stores
 * nothing for its member. CI runs a fixed seed and few tries; CONTRIBUTING says how to run more.
 */
class TeamsEndpointPropertiesTest {
  @TempDir static Path data;
  static ServedTeams teams;

  @BeforeAll
  static void start() {
    teams = new ServedTeams(data);
  }

  @AfterAll
  static void stop() {
    teams.close();
  }

  @Test
  void mutatedAuthenticActivitiesGetNo5xxLogNoStackTraceAndRefusalsStoreNothing() {
    TeamsActivityCases cases = new TeamsActivityCases(teams.activities, 20_000);
    String token = teams.goodToken();
    try (CapturedLog log = CapturedLog.start()) {
      Fuzz.forAll("Teams activities", 100, cases::next, c -> check(c, token, log));
    }
  }

  private void check(FuzzCase c, String token, CapturedLog log) {
    log.clear();
    HttpResponse<String> r;
    try {
      r = teams.post(token, c.mutated().toString());
    } catch (Exception e) {
      throw new AssertionError("no answer: " + e.getClass().getSimpleName(), e);
    }
    assertThat(r.statusCode()).as("status").isLessThan(500);
    assertThat(log.stackTraces()).as("stack traces").isZero();
    assertThat(log.lines(Level.ERROR)).as("errors").isEmpty();
    if (r.statusCode() >= 400) {
      var redis = teams.served.runtime().redis();
      String member = TeamsActivityCases.member(c);
      assertThat(redis.keys("*" + member + "*")).as("stored").isEmpty();
      assertThat(redis.hget(Keys.of(ServedTeams.WORKSPACE, "teams", "accounts"), member))
          .as("account")
          .isNull();
    }
  }
}
