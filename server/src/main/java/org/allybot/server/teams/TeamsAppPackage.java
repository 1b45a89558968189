package org.allybot.server.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Teams app package: a zip of {@code manifest.json}, its Spanish localization file and the two
 * icons, ready to upload.
 */
final class TeamsAppPackage {
  static final String MANIFEST = "manifest.json";

  private TeamsAppPackage() {}

  static void write(Path zip, ObjectNode manifest) throws IOException {
    byte[] json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    Path parent = zip.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      entry(out, MANIFEST, json);
      entry(
          out,
          TeamsLocalization.FILE,
          new ObjectMapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsBytes(TeamsLocalization.spanish()));
      entry(out, TeamsIcons.COLOR, TeamsIcons.color());
      entry(out, TeamsIcons.OUTLINE, TeamsIcons.outline());
    }
  }

  private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }
}
