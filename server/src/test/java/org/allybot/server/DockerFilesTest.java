package org.allybot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.allybot.server.runtime.Settings;
import org.allybot.server.slack.SlackSettings;
import org.allybot.server.teams.TeamsSettings;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile and docker-compose.yml cannot be run here (no Docker engine), so what they must
 * hold is read instead.
 */
class DockerFilesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theBuildStageCopiesEveryModuleOfTheReactor() throws Exception {
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    List<String> modules =
        Pattern.compile("<module>([^<]+)</module>")
            .matcher(pom)
            .results()
            .map(m -> m.group(1))
            .toList();
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

    assertThat(modules).isNotEmpty();
    for (String module : modules) {
      assertThat(dockerfile).contains("COPY " + module + "/ " + module + "/");
    }
  }

  @Test
  void itRunsAsANonRootUserWithAHealthCheckOnThePort() throws Exception {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

    assertThat(dockerfile)
        .contains("FROM eclipse-temurin:21-jre")
        .containsPattern("(?m)^USER allybot$")
        .contains("EXPOSE 3000")
        .containsPattern("HEALTHCHECK[\\s\\S]*/healthz")
        .contains("RUN ./mvnw -B -ntp -DskipTests package");
  }

  @Test
  void composeDefaultsAreAcceptedAsUnsetSettings() throws Exception {
    String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
    Map<String, String> env = new HashMap<>();
    Pattern.compile("(?m)^\\s+([A-Z_]+): \\$\\{\\1:-([^}]*)}$")
        .matcher(compose)
        .results()
        .forEach(m -> env.put(m.group(1), m.group(2)));
    env.put("REDIS_URL", "redis://redis:6379");
    env.put("ALLYBOT_SECRET_KEY", Base64.getEncoder().encodeToString(new byte[32]));
    List<String> problems = new ArrayList<>();

    Settings.from(env);
    SlackSettings slack = SlackSettings.from(env, "http://localhost:3000", problems);

    assertThat(env).containsKeys("SLACK_BOT_TOKEN", "MICROSOFT_APP_ID", "ALLYBOT_ADMINS");
    assertThat(problems).isEmpty();
    assertThat(slack).isNull();
    assertThat(TeamsSettings.from(env)).isEmpty();
  }
}
