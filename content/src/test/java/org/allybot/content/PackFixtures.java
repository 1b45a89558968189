package org.allybot.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small organisation packs written into a temporary folder, one valid item of each kind. */
final class PackFixtures {
  static final String BODY =
      "Fixture words for a lesson body that is long enough to pass the rule. ".repeat(7);
  static final String FEEDBACK =
      "Fixture feedback that says what this choice does well and what it risks for everyone. "
          .repeat(2);

  static final String LESSON =
      """
      kind: lessons
      items:
        - id: org-lesson-one
          version: 1
          title: Our own lesson
          senses: [act]
          topics: [meetings]
          level: starter
          minutes: 2
          body: "%s"
          try: "Try one small concrete thing with your team this week."
      """
          .formatted(BODY);

  static final String SCENARIO =
      """
      kind: scenarios
      items:
        - id: org-scenario-one
          version: 1
          title: Our own scenario
          senses: [speak, listen]
          topics: [meetings]
          level: practised
          minutes: 2
          situation: "%s"
          takeaway: "A short takeaway that sums up the point of this scenario."
          options:
            - {id: a, label: First, text: "Do the first thing you think of.", verdict: risky, feedback: "%s"}
            - {id: b, label: Second, text: "Do the second thing you think of.", verdict: strong, feedback: "%s", next: later}
            - {id: c, label: Third, text: "Do the third thing you think of.", verdict: reasonable, feedback: "%s"}
          steps:
            - id: later
              situation: "They thank you, but later someone says you overstepped. What now?"
              takeaway: "A short takeaway for the follow-up step of the scenario."
              options:
                - {id: a, label: Explain, text: "Explain calmly why you spoke.", verdict: strong, feedback: "%s"}
                - {id: b, label: Apologise, text: "Apologise and drop the subject.", verdict: risky, feedback: "%s"}
                - {id: c, label: Ask, text: "Ask what they would have preferred.", verdict: reasonable, feedback: "%s"}
      """
          .formatted(
              BODY.substring(0, 300), FEEDBACK, FEEDBACK, FEEDBACK, FEEDBACK, FEEDBACK, FEEDBACK);

  private PackFixtures() {}

  static Path write(Path folder, String name, String yaml) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return file;
  }
}
