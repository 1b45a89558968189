package org.allybot.server.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A data folder that lives only as long as one run (the shell without {@code --data}, and the
 * benchmarks), deleted with everything in it when closed.
 */
public record TempFolder(Path path) implements AutoCloseable {
  /** A new, empty folder in the system's temporary folder. */
  public static TempFolder create(String prefix) {
    try {
      return new TempFolder(Files.createTempDirectory(prefix));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary data folder", e);
    }
  }

  /** Deletes the folder and its contents; what cannot be deleted is left to the system. */
  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(path)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder: the system cleans it up eventually.
    }
  }
}
