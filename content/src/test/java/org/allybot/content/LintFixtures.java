package org.allybot.content;

/** Scenario YAML for the lint rules' tests, with option texts chosen per test. */
final class LintFixtures {
  static final String SOURCES =
      """
          sources:
            - {title: A study of teams, publisher: Example Press, year: 2020, url: "https://example.org/teams"}
      """;

  private static final String FEEDBACK = PackFixtures.FEEDBACK;

  private LintFixtures() {}

  static String scenarios(String... items) {
    return "kind: scenarios\nitems:\n" + String.join("", items);
  }

  /** A scenario whose first option (b) is strong, with the three option texts given. */
  static String scenario(String id, String strong, String other1, String other2) {
    return """
      - id: %s
        version: 1
        title: A lint fixture
        senses: [speak]
        topics: [meetings]
        level: practised
        minutes: 2
        cast: [Ines]
        situation: "In the weekly meeting Ines raises a point about the rota, and the chair talks over her before she can finish. Everyone else looks at their notes and the meeting moves on to the next item on the agenda. What do you do?"
        takeaway: "A short takeaway that sums up the point of this scenario."
        options:
          - {id: a, label: First, text: "%s", verdict: risky, feedback: "%s"}
          - {id: b, label: Second, text: "%s", verdict: strong, feedback: "%s"}
          - {id: c, label: Third, text: "%s", verdict: reasonable, feedback: "%s"}
    """
        .formatted(id, other1, FEEDBACK, strong, FEEDBACK, other2, FEEDBACK);
  }

  /** Options of similar length, the strong one not the longest. */
  static String balanced(String id) {
    return scenario(
        id,
        "Ask Ines to finish her point.",
        "Let the chair carry on for now.",
        "Raise it with the chair afterwards.");
  }

  /** A scenario about something else entirely, in other words. */
  static String different(String id) {
    return balanced(id)
        .replace("Ines", "Tamsin")
        .replaceFirst(
            "situation: \"[^\"]*\"",
            "situation: \"On the warehouse floor a delivery driver jokes loudly about Tamsin's"
                + " accent while she checks his paperwork. Two pickers laugh, and the shift"
                + " supervisor pretends not to hear. You run the loading bay this week. What do you do next, with the lorry waiting?\"");
  }
}
