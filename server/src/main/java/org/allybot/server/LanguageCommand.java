package org.allybot.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.allybot.content.ContentLoader;
import org.allybot.content.ContentProblem;
import org.allybot.content.LoadResult;
import org.allybot.core.nudge.LanguageMatcher;
import org.allybot.core.nudge.TermMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code allybot language}: tries the inclusive-language rules before they are switched on. */
@Command(
    name = "language",
    mixinStandardHelpOptions = true,
    description = "Try the inclusive-language nudge rules.",
    subcommands = {LanguageCommand.Check.class})
final class LanguageCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code language check [--json]}: for each line on stdin, the ids of the rules that would fire,
   * in order, space-separated (an empty line when none), with the same matcher and pack as the
   * server, {@code ALLYBOT_CONTENT_DIR} included.
   */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Read lines on stdin; print the rule ids that would fire on each (an empty line for"
              + " none). Honours ALLYBOT_CONTENT_DIR.")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line: line, rules, terms")
    boolean json;

    /** The environment and stdin; tests replace them. */
    Map<String, String> env = System.getenv();

    InputStream in = System.in;

    @Override
    public Integer call() throws Exception {
      String folder = env.getOrDefault("ALLYBOT_CONTENT_DIR", "").strip();
      LoadResult loaded =
          folder.isEmpty() ? ContentLoader.builtIn() : ContentLoader.withOverlay(Path.of(folder));
      PrintWriter out = spec.commandLine().getOut();
      if (!loaded.isClean()) {
        PrintWriter err = spec.commandLine().getErr();
        loaded.problems().stream().map(ContentProblem::toString).forEach(err::println);
        err.printf(
            "%d content problem(s); run 'allybot content lint'.%n", loaded.problems().size());
        return 1;
      }
      LanguageMatcher matcher = LanguageMatcher.of(loaded.curriculum().languageRules());
      ObjectMapper mapper = new ObjectMapper();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        List<TermMatch> found = matcher.match(line);
        List<String> ids = found.stream().map(m -> m.rule().id()).distinct().toList();
        if (json) {
          ObjectNode o = mapper.createObjectNode().put("line", number);
          ids.forEach(o.putArray("rules")::add);
          found.forEach(m -> o.withArray("terms").add(m.term()));
          if (found.isEmpty()) {
            o.putArray("terms");
          }
          out.println(mapper.writeValueAsString(o));
        } else {
          out.println(String.join(" ", ids));
        }
      }
      out.flush();
      return 0;
    }
  }
}
