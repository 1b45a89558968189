package org.allybot.testkit.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.TeamsActivities;

/**
 * Authentic Teams activities to mutate, made by {@link TeamsActivities} as Teams sends them:
 * messages in a 1:1 chat and in a channel with command lines from {@link CommandLines}, thread
 * replies, card actions ({@code adaptiveCard/action} invokes and their {@code Action.Submit}
 * fallback) installation updates, and the recognition message action ({@code
 * composeExtension/fetchTask} and {@code submitAction}). Each case is by a member new to the bot
 * ({@link #member}).
 */
public final class TeamsActivityCases {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> ACTIONS =
      List.of(
          "poll.answer",
          "lesson.got-it",
          "campaign.join",
          "survey.answer",
          "thanks.sense",
          "thanks.share",
          "calendar.rsvp",
          "calendar.checkin",
          "other");

  /** The recognition message action's command id in the Teams manifest. */
  private static final String THANKS_COMMAND = "recogniseAllyship";

  private final TeamsActivities activities;
  private final AtomicInteger serial;

  /** Activities built by {@code activities}, from members numbered from {@code firstMember}. */
  public TeamsActivityCases(TeamsActivities activities, int firstMember) {
    this.activities = activities;
    this.serial = new AtomicInteger(firstMember);
  }

  /** A fresh activity, changed by up to three mutations (one in eight is left as it is). */
  public FuzzCase next(SplittableRandom random) {
    FakeMember m = FakeMember.numbered(serial.incrementAndGet());
    String line = CommandLines.line(CommandLines.random(random));
    JsonNode base =
        switch (random.nextInt(10)) {
          case 0, 1 -> activities.personalMessage(m, random.nextBoolean() ? line : "ally " + line);
          case 2 -> activities.channelMessage(m, line, true);
          case 3 -> activities.threadReply(m, "1600000000001", line);
          case 4 -> activities.execute(m, choice(random));
          case 5 -> activities.submit(m, choice(random), "1600000000002");
          case 6 -> activities.personalInstallation(m, random.nextBoolean() ? "add" : "remove");
          case 7 ->
              activities.fetchTask(
                  m,
                  THANKS_COMMAND,
                  FakeMember.numbered(serial.incrementAndGet()),
                  "<p>" + OddValues.random(random) + "</p>");
          case 8 -> activities.submitAction(m, THANKS_COMMAND, thanksForm(random, line));
          default -> activities.memberAddedToTeam(m);
        };
    String name = base.path("type").asText() + " " + m.aadObjectId();
    return random.nextInt(8) == 0
        ? new FuzzCase(name, base, List.of())
        : FuzzCase.mutate(name, base, random, 3);
  }

  private static ObjectNode thanksForm(SplittableRandom random, String what) {
    ObjectNode data = NODES.objectNode();
    ObjectNode spec =
        data.putObject("allybot")
            .put("kind", "form")
            .putObject("spec")
            .put("formId", "thanks.form|" + OddValues.random(random))
            .put("title", "Recognise allyship")
            .put("submitLabel", "Send");
    ArrayNode fields = spec.putArray("fields");
    for (String id : List.of("what", "sense", "public", "quote")) {
      fields
          .addObject()
          .put("id", id)
          .put("label", id)
          .put("type", "SHORT_TEXT")
          .put("maxLength", 500)
          .put("initial", "")
          .putArray("choices");
    }
    data.put("what", what).put("sense", "listen").put("public", "no").put("quote", "no");
    return data;
  }

  private static ObjectNode choice(SplittableRandom random) {
    ObjectNode data = NODES.objectNode();
    data.putObject("allybot")
        .put("kind", "choice")
        .put("action", ACTIONS.get(random.nextInt(ACTIONS.size())))
        .put("value", random.nextBoolean() ? "1" : OddValues.random(random));
    return data;
  }

  /** The AAD object id of the member a case's base activity comes from. */
  public static String member(FuzzCase c) {
    return c.name().substring(c.name().lastIndexOf(' ') + 1);
  }
}
