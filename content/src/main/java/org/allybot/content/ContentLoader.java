package org.allybot.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads the built-in curriculum, optionally with an organisation's folder merged over it. */
public final class ContentLoader {
  /** Where the built-in pack sits on the classpath. */
  public static final String BUILT_IN_ROOT = "allybot/pack/";

  private static final long MAX_FILE_BYTES = 1_000_000;

  private ContentLoader() {}

  /**
   * The built-in pack alone. It is the same resources every time, so a process reads and checks it
   * once (the checks compare every item with every other, and each server start asks for it).
   */
  public static LoadResult builtIn() {
    return BuiltIn.RESULT;
  }

  private static final class BuiltIn {
    static final LoadResult RESULT = read();

    private static LoadResult read() {
      PackBuilder pack = new PackBuilder();
      readBuiltIn(pack);
      return finish(pack);
    }
  }

  /** The built-in pack with every YAML file under {@code folder} merged over it. */
  public static LoadResult withOverlay(Path folder) {
    PackBuilder pack = new PackBuilder();
    readBuiltIn(pack);
    readFolder(folder, pack);
    return finish(pack);
  }

  /**
   * Only the files under {@code folder}, with no built-in pack: for checking a pack in isolation.
   */
  public static LoadResult folderOnly(Path folder) {
    PackBuilder pack = new PackBuilder();
    readFolder(folder, pack);
    return finish(pack);
  }

  private static LoadResult finish(PackBuilder pack) {
    // Before the English surveys are linked to the ones they repeat: a translation lists only
    // its own questions, as its English file does.
    TranslationReader.mergeAll(pack);
    ContentValidator.checkAcrossFiles(pack);
    TranslatedSurvey.link(pack);
    return new LoadResult(pack.build(), pack.problems, TranslationCoverage.notes(pack));
  }

  /**
   * Parses the built-in files side by side, as the parse needs nothing shared and is most of a
   * server's start-up, then reads them into the pack one by one in the index's order.
   */
  private static void readBuiltIn(PackBuilder pack) {
    List<PackFileReader.Parsed> files =
        builtInFiles().parallelStream().map(ContentLoader::parseBuiltIn).toList();
    for (PackFileReader.Parsed file : files) {
      PackFileReader.read(file, pack);
    }
  }

  private static PackFileReader.Parsed parseBuiltIn(String file) {
    try (InputStream in = resource(file)) {
      return PackFileReader.parse(
          "built-in:" + file, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in content " + file, e);
    }
  }

  /** The built-in files, listed in {@code index.txt} so they can be found inside a jar. */
  static List<String> builtInFiles() {
    try (InputStream in = resource("index.txt")) {
      String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return index
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in content index", e);
    }
  }

  private static InputStream resource(String file) throws IOException {
    InputStream in = ContentLoader.class.getClassLoader().getResourceAsStream(BUILT_IN_ROOT + file);
    if (in == null) {
      throw new IOException("missing built-in content file " + file);
    }
    return in;
  }

  private static void readFolder(Path folder, PackBuilder pack) {
    String name = folder.toString();
    if (!Files.isDirectory(folder)) {
      pack.problems.add(new ContentProblem(name, 0, "no such folder"));
      return;
    }
    List<Path> files = yamlFiles(folder, pack);
    if (files.isEmpty()) {
      pack.problems.add(new ContentProblem(name, 0, "the folder has no .yml or .yaml files"));
    }
    for (Path file : files) {
      readFile(file, pack);
    }
  }

  private static List<Path> yamlFiles(Path folder, PackBuilder pack) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      pack.problems.add(new ContentProblem(folder.toString(), 0, "cannot list the folder: " + e));
      return new ArrayList<>();
    }
  }

  private static void readFile(Path file, PackBuilder pack) {
    String name = file.toString();
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        pack.problems.add(new ContentProblem(name, 0, "file is larger than 1 MB"));
        return;
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        PackFileReader.read(name, reader, pack);
      }
    } catch (IOException e) {
      pack.problems.add(new ContentProblem(name, 0, "cannot read the file: " + e.getMessage()));
    }
  }
}
