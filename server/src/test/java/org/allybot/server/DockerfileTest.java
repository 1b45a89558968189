package org.allybot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Dockerfile cannot be built here (no Docker engine), so what it must hold is read instead. */
class DockerfileTest {
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
}
