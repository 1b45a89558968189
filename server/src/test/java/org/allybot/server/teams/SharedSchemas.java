package org.allybot.server.teams;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Third-party files kept outside the repository, in {@code ../shared} next to it: found by walking
 * up to the folder that holds the root {@code pom.xml}. A missing file skips the test with a clear
 * message, except under {@code CI=true}, where it fails it.
 */
final class SharedSchemas {
  private SharedSchemas() {}

  static Path require(String relative) {
    Path root = repositoryRoot();
    Path file = root.resolve("../shared").resolve(relative).normalize();
    if (!Files.isRegularFile(file)) {
      String message =
          file
              + " is absent: it is third-party data kept outside the repository (see"
              + " ../shared/schemas/README.md); without it this check cannot run.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    return file;
  }

  /** The top-most folder above the working directory that holds a {@code pom.xml}. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    Path root = dir;
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml"))) {
        root = p;
      }
    }
    return root;
  }
}
