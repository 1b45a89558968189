package org.allybot.testkit.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.allybot.testkit.slack.SlackPayloads;

/**
 * Authentic Slack requests to mutate, made by {@link SlackPayloads} as Slack sends them: {@code
 * /ally} commands with command lines from {@link CommandLines}, button presses (recognition and
 * calendar ones too), modal submissions (the thanks and event forms too), shortcuts (the
 * recognition message shortcut too) and events. Each case is by a member new to the bot ({@link
 * #member}), so that what a refused request must not have stored can be looked for by that id.
 */
public final class SlackRequestCases {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COMMAND = "command";
  private static final String INTERACTION = "interaction";
  private static final String EVENT = "event";
  private static final List<String> ACTIONS =
      List.of(
          "ally:0:poll.answer",
          "ally:1:lesson.got-it",
          "ally:2:lesson.more",
          "ally:0:campaign.join",
          "ally:0:survey.answer",
          "ally:3:community.helpful",
          "ally:0:member.forget",
          "ally:0:thanks.sense",
          "ally:0:thanks.share",
          "ally:0:calendar.rsvp",
          "ally:0:calendar.reflect",
          "ally:0:calendar.checkin",
          "not-ours");
  private static final List<String> FORMS =
      List.of(
          "community.ask",
          "community.advise|1",
          "settings.time",
          "survey.text|x",
          "thanks.form|U0OTHER0001",
          "calendar.create",
          "calendar.reflect|e1",
          "other");
  private static final List<String> SHORTCUTS =
      List.of("ask_allies", "ask_allies_about_message", "recognise_allyship");

  private final String team;
  private final String responseUrl;
  private final AtomicLong serial = new AtomicLong();

  /** Requests from {@code team}, whose replies go to {@code responseUrl}. */
  public SlackRequestCases(String team, String responseUrl) {
    this.team = team;
    this.responseUrl = responseUrl;
  }

  /** A fresh request, changed by up to three mutations (one in eight is left as it is). */
  public FuzzCase next(SplittableRandom random) {
    long n = serial.incrementAndGet();
    String user = "U0FZ" + Long.toString(n, 36).toUpperCase(Locale.ROOT);
    String trigger = "9" + n + ".1234567890.fuzz" + Long.toHexString(random.nextLong());
    int which = random.nextInt(8);
    String name;
    JsonNode base;
    switch (which) {
      case 0, 1 -> {
        name = COMMAND + " /ally " + user;
        base = formTree(SlackPayloads.command(team, user, line(random), responseUrl, trigger));
      }
      case 2 -> {
        name = INTERACTION + " block_actions " + user;
        base =
            payloadTree(
                SlackPayloads.blockAction(
                    team,
                    user,
                    ACTIONS.get(random.nextInt(ACTIONS.size())),
                    random.nextBoolean() ? "1" : OddValues.random(random),
                    responseUrl,
                    trigger,
                    random.nextBoolean()));
      }
      case 3 -> {
        name = INTERACTION + " view_submission " + user;
        base =
            payloadTree(
                SlackPayloads.viewSubmission(
                    team,
                    user,
                    FORMS.get(random.nextInt(FORMS.size())),
                    Map.of(
                        "situation", line(random),
                        "time", "09:30",
                        "what", line(random),
                        "name", line(random),
                        "at", "2030-01-15T15:00",
                        "tz", "Europe/Berlin",
                        "capacity", "20"),
                    "{\"o\":\"command\",\"r\":\"" + responseUrl + "\",\"c\":\"D" + user + "\"}",
                    trigger));
      }
      case 4 -> {
        name = INTERACTION + " shortcut " + user;
        String callback = SHORTCUTS.get(random.nextInt(SHORTCUTS.size()));
        base =
            payloadTree(
                callback.equals("ask_allies")
                    ? SlackPayloads.shortcut(team, user, callback, trigger, null)
                    : SlackPayloads.shortcut(
                        team,
                        user,
                        callback,
                        trigger,
                        SlackPayloads.message("U0OTHER0001", line(random))));
      }
      default -> {
        name = EVENT + " " + user;
        base = event(user, n, random);
      }
    }
    return random.nextInt(8) == 0
        ? new FuzzCase(name, base, List.of())
        : FuzzCase.mutate(name, base, random, 3);
  }

  private JsonNode event(String user, long n, SplittableRandom random) {
    ObjectNode e =
        switch (random.nextInt(4)) {
          case 0 ->
              SlackPayloads.eventOf("message")
                  .put("user", user)
                  .put("channel", "D" + user)
                  .put("channel_type", "im")
                  .put("text", line(random))
                  .put("ts", "1700000000.00" + n);
          case 1 ->
              SlackPayloads.eventOf("member_joined_channel")
                  .put("user", user)
                  .put("channel", "C0GENERAL01");
          case 2 -> SlackPayloads.eventOf("app_home_opened").put("user", user).put("tab", "home");
          default -> {
            ObjectNode change = SlackPayloads.eventOf("user_change");
            change
                .putObject("user")
                .put("id", user)
                .put("team_id", team)
                .put("name", user.toLowerCase(Locale.ROOT))
                .put("tz", "Europe/Berlin")
                .putObject("profile")
                .put("display_name", "Fuzz " + n);
            yield change;
          }
        };
    return tree(SlackPayloads.event(team, "Ev0FZ" + n, e));
  }

  private static String line(SplittableRandom random) {
    return CommandLines.line(CommandLines.random(random));
  }

  /** The member a case's base request comes from. */
  public static String member(FuzzCase c) {
    return c.name().substring(c.name().lastIndexOf(' ') + 1);
  }

  /** The request body to sign and send: a form, an interaction's payload form, or JSON. */
  public static String body(FuzzCase c) {
    JsonNode mutated = c.mutated();
    if (c.name().startsWith(COMMAND)) {
      return form(mutated, node -> node.isTextual() ? node.asText() : node.toString());
    }
    if (c.name().startsWith(INTERACTION)) {
      return "payload=" + URLEncoder.encode(mutated.toString(), StandardCharsets.UTF_8);
    }
    return mutated.toString();
  }

  private static String form(JsonNode fields, Function<JsonNode, String> text) {
    if (!fields.isObject()) {
      return "command=" + URLEncoder.encode(text.apply(fields), StandardCharsets.UTF_8);
    }
    return fields.properties().stream()
        .filter(e -> !e.getValue().isNull())
        .map(e ->
            URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(text.apply(e.getValue()), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static JsonNode formTree(String form) {
    ObjectNode fields = JSON.createObjectNode();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      fields.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  private static JsonNode payloadTree(String form) {
    return tree(URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8));
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("SlackPayloads made invalid JSON", e);
    }
  }
}
