package org.allybot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code allybot language check}: what an organisation sees when it tries its rules. */
class LanguageCommandTest {
  @TempDir Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int check(Map<String, String> env, String stdin, String... args) {
    LanguageCommand.Check check = new LanguageCommand.Check();
    check.env = env;
    check.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    CommandLine line = new CommandLine(check);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  @Test
  void printsTheRuleIdsOfEachLineInOrderAndAnEmptyLineForNone() {
    int code =
        check(
            Map.of(),
            "Hey guys, that was crazy\nThanks everyone!\n`guys` in code, \"crazy\" in quotes\n"
                + "40 man-hours on the blacklist, guys\n");

    assertThat(code).isZero();
    assertThat(out.toString().split("\n", -1))
        .containsExactly("guys crazy", "", "", "man-hours blacklist guys", "");
  }

  @Test
  void jsonGivesTheLineNumberRulesAndTerms() throws Exception {
    check(Map.of(), "hey you guys\nfine\n", "--json");

    String[] lines = out.toString().strip().split("\n");
    var first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.path("line").asInt()).isEqualTo(1);
    assertThat(first.path("rules").toString()).isEqualTo("[\"guys\"]");
    assertThat(first.path("terms").toString()).isEqualTo("[\"you guys\"]");
    assertThat(lines[1]).isEqualTo("{\"line\":2,\"rules\":[],\"terms\":[]}");
  }

  @Test
  void anOrganisationPackInAllybotContentDirAddsAndDisablesRules() throws Exception {
    Files.writeString(
        folder.resolve("language.yml"),
        """
        kind: language
        items:
          - id: synergy
            terms: [synergy, synergies]
            level: consider
            category: other
            suggestions: [working together]
            why: "Plain words help everyone, including colleagues who speak English as a second language."
          - {id: guys, disabled: true}
        """);

    check(Map.of("ALLYBOT_CONTENT_DIR", folder.toString()), "guys, more synergies please\n");

    assertThat(out.toString().strip()).isEqualTo("synergy");
  }

  @Test
  void aBrokenPackIsReportedAndExitsWithOne() throws Exception {
    Files.writeString(folder.resolve("language.yml"), "kind: language\nitems:\n  - id: x\n");

    assertThat(check(Map.of("ALLYBOT_CONTENT_DIR", folder.toString()), "guys\n")).isEqualTo(1);
    assertThat(err.toString()).contains("a language rule needs at least one term");
    assertThat(out.toString()).isEmpty();
  }
}
