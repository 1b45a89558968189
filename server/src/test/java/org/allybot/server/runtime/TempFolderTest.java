package org.allybot.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TempFolderTest {
  @Test
  void closingDeletesTheFolderWithEverythingInIt() throws Exception {
    Path path;
    try (TempFolder folder = TempFolder.create("allybot-test")) {
      path = folder.path();
      Files.createDirectories(path.resolve("redis/appendonlydir"));
      Files.writeString(path.resolve("redis/appendonlydir/file.aof"), "data");
      assertThat(path).isDirectory();
    }

    assertThat(path).doesNotExist();
  }
}
