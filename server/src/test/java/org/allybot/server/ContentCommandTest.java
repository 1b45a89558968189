package org.allybot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code allybot content lint} and {@code content stats --json}, as a terminal user sees them. */
class ContentCommandTest {
  @TempDir Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line = new CommandLine(new ContentCommand());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  @Test
  void lintPassesTheBuiltInPack() {
    assertThat(run("lint")).isZero();
    assertThat(out.toString()).startsWith("Content is clean:");
  }

  @Test
  void statsCountByAudienceSettingAndLength() throws Exception {
    assertThat(run("stats", "--json")).isZero();

    JsonNode stats = new ObjectMapper().readTree(out.toString());
    assertThat(stats.at("/scenarios/byAudience/managers").asInt()).isGreaterThanOrEqualTo(12);
    assertThat(stats.at("/lessons/byAudience").has("desk-allies")).isTrue();
    assertThat(stats.at("/scenariosBySetting/healthcare").asInt()).isPositive();
    assertThat(stats.at("/lessonsByLength").has("nudge")).isTrue();
    assertThat(stats.at("/decisionPoints/total").asInt()).isPositive();
  }

  @Test
  void lintNamesEachProblemAndExitsWithOne() throws Exception {
    Files.writeString(
        folder.resolve("bad.yml"), "kind: lessons\nitems:\n  - id: x\n    audience: [interns]\n");

    assertThat(run("lint", folder.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "unknown audience 'interns'; use everyone, managers, leaders, hr-erg or desk-allies")
        .contains("problem(s) found.");
  }

  @Test
  void lintReportsMissingAndStaleTranslationsAndStatsCountPerLanguage() throws Exception {
    String body = "Words for a lesson body that is long enough to pass the rule here. ".repeat(7);
    Files.writeString(
        folder.resolve("lessons.yml"),
        """
        kind: lessons
        items:
          - {id: org-one, version: 2, title: One, senses: [act], topics: [meetings], level: starter,
             minutes: 2, body: "%s", try: "Try one small concrete thing with your team this week."}
          - {id: org-two, version: 1, title: Two, senses: [act], topics: [meetings], level: starter,
             minutes: 2, body: "%s", try: "Try one small concrete thing with your team this week."}
        """
            .formatted(body, body));
    Files.createDirectories(folder.resolve("es"));
    Files.writeString(
        folder.resolve("es/lessons.yml"),
        """
        kind: lessons
        language: es
        items:
          - {id: org-one, version: 1, title: Uno, body: "%s",
             try: "Prueba esta semana una cosa pequeña y concreta con tu equipo."}
        """
            .formatted(body));

    assertThat(run("lint", folder.toString())).isZero();
    assertThat(out.toString())
        .contains(
            "stale es translation of lesson 'org-one': it translates version 1, the English is"
                + " at version 2")
        .contains("missing es translation of lesson 'org-two'");

    out.getBuffer().setLength(0);
    assertThat(run("stats", "--json", folder.toString())).isZero();
    JsonNode stats = new ObjectMapper().readTree(out.toString());
    assertThat(stats.at("/languages/es/lessons").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(stats.at("/languages/en/lessons").asInt())
        .isGreaterThan(stats.at("/languages/es/lessons").asInt());
  }
}
