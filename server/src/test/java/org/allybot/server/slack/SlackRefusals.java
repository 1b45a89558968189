package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.slack.SlackPayloads;

/**
 * What a refused Slack request must leave behind, for tests that send bad input: the answer, the
 * keys in Redis as before, one WARN line with the request id and the reason, none of the request's
 * text, no stack trace. Open one per test, after the harness started; close it after.
 */
final class SlackRefusals implements AutoCloseable {
  /** Words a test puts in a request, to show they never reach the log. */
  static final String SECRET_WORDS = "zebra-crossing-confidential-words";

  final CapturedLog log;
  private final SlackServerHarness h;
  private final Set<String> keysBefore;

  SlackRefusals(SlackServerHarness h) {
    this.h = h;
    this.keysBefore = storedKeys();
    this.log = CapturedLog.start();
  }

  /** A {@code /ally} command form, changed by {@code edit} (drop a field, put another value). */
  String command(String team, String user, String text, Consumer<Map<String, String>> edit) {
    String body =
        SlackPayloads.command(
            team, user, text, h.slack.responseUrl("r"), SlackServerHarness.trigger());
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    edit.accept(form);
    StringBuilder out = new StringBuilder();
    form.forEach((k, v) ->
        out.append(out.isEmpty() ? "" : "&")
            .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return out.toString();
  }

  static String interaction(ObjectNode payload) {
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }

  static ObjectNode payloadOf(String form) throws Exception {
    String json = URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8);
    return (ObjectNode) SlackServerHarness.json(json);
  }

  /**
   * Keys a request could leave: everything in a workspace, the list of workspaces, the ids of
   * requests seen; not the delivery worker's own bookkeeping, which it starts in the background.
   */
  private Set<String> storedKeys() {
    Set<String> keys = new TreeSet<>(h.redis.keys("*"));
    keys.removeIf(k ->
        k.startsWith("ally:global:")
            && !k.startsWith("ally:global:workspaces")
            && !k.startsWith("ally:global:slack-seen"));
    return keys;
  }

  /** Acknowledged, nothing stored, one WARN line naming the request and the reason, no trace. */
  void assertRefusedPolitely(HttpResponse<String> r, String reason) {
    assertRefused(r, 200, reason);
  }

  void assertRefused(HttpResponse<String> r, int status, String reason) {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(storedKeys()).isEqualTo(keysBefore);
    assertThat(log.stackTraces()).isZero();
    assertThat(log.lines(Level.WARN))
        .singleElement()
        .asString()
        .containsPattern("Slack request sr-[0-9a-f]+ ")
        .contains(reason);
    assertThat(log.text()).doesNotContain(SECRET_WORDS);
    assertThat(log.lines(Level.ERROR)).isEmpty();
  }

  @Override
  public void close() {
    log.close();
  }
}
