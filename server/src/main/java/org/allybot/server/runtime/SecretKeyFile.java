package org.allybot.server.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.allybot.core.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's secret key: generated once into the data folder as {@code secret.key},
 * readable and writable by its owner only (0600), and read back on every later start.
 */
final class SecretKeyFile {
  static final String NAME = "secret.key";
  private static final Logger LOG = LoggerFactory.getLogger(SecretKeyFile.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private SecretKeyFile() {}

  static MasterKey loadOrCreate(Path folder) {
    Path file = folder.resolve(NAME);
    try {
      Files.createDirectories(folder);
      if (!Files.exists(file)) {
        MasterKey key = MasterKey.generate();
        try {
          create(file);
          Files.writeString(file, key.toBase64() + "\n", StandardCharsets.US_ASCII);
          LOG.info("Generated the secret key for anonymous posts in {}", file.toAbsolutePath());
          return key;
        } catch (FileAlreadyExistsException e) {
          // another start got there first: use its key
        }
      }
      try {
        return MasterKey.fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "The secret key in " + file + " is damaged (" + e.getMessage() + ").");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the secret key in " + folder, e);
    }
  }

  private static void create(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
      var f = file.toFile();
      boolean restricted =
          f.setReadable(false, false)
              && f.setReadable(true, true)
              && f.setWritable(false, false)
              && f.setWritable(true, true);
      if (!restricted) {
        LOG.warn("Could not restrict {} to its owner; protect the data folder.", file);
      }
    }
  }
}
