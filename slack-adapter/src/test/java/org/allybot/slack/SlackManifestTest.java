package org.allybot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code slack-app-manifest.yml}, read as YAML, is valid against Slack's manifest
 * schema (from {@code ../shared/schemas}, never copied into the repo), and points every URL at
 * {@code /slack/events}.
 */
class SlackManifestTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.exists(dir.resolve("pom.xml")) && Files.exists(dir.resolve("slack-adapter"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  private static JsonNode manifest() throws Exception {
    return YAML.readTree(repoRoot().resolve("slack-app-manifest.yml").toFile());
  }

  @Test
  void theManifestValidatesAgainstSlacksSchema() throws Exception {
    Path schema = repoRoot().resolve("../shared/schemas/slack-manifest-v1.schema.json").normalize();
    if (!Files.exists(schema)) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI needs Slack's manifest schema at " + schema);
      }
      assumeTrue(false, "Slack's manifest schema is not at " + schema + "; skipping validation");
    }
    Schema validator =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(Files.readString(schema), InputFormat.JSON);
    List<Error> errors =
        new ArrayList<>(validator.validate(manifest().toString(), InputFormat.JSON));

    assertThat(errors).isEmpty();
  }

  @Test
  void everyUrlPointsAtTheOneEventsEndpointAndTheCommandIsEscaped() throws Exception {
    JsonNode m = manifest();
    JsonNode command = m.at("/features/slash_commands/0");

    assertThat(command.path("command").asText()).isEqualTo("/ally");
    assertThat(command.path("should_escape").asBoolean()).isTrue();
    assertThat(command.path("url").asText()).endsWith("/slack/events");
    assertThat(m.at("/settings/interactivity/request_url").asText()).endsWith("/slack/events");
    assertThat(m.at("/settings/interactivity/message_menu_options_url").asText())
        .endsWith("/slack/events");
    assertThat(m.at("/settings/event_subscriptions/request_url").asText())
        .endsWith("/slack/events");
    assertThat(m.at("/oauth_config/redirect_urls/0").asText()).endsWith("/slack/oauth_redirect");
  }

  @Test
  void everyScopeIsJustifiedInAComment() throws Exception {
    List<String> lines = Files.readAllLines(repoRoot().resolve("slack-app-manifest.yml"));
    List<String> scopes = new ArrayList<>();
    manifest().at("/oauth_config/scopes/bot").forEach(s -> scopes.add(s.asText()));

    assertThat(scopes).isNotEmpty();
    for (String scope : scopes) {
      assertThat(lines)
          .anySatisfy(l -> assertThat(l).contains("- " + scope).matches(".*#\\s*\\S.*"));
    }
  }
}
