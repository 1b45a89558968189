package org.allybot.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allybot.content.ContentLoader;
import org.allybot.content.ContentProblem;
import org.allybot.content.CurriculumStats;
import org.allybot.content.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code allybot content}: checks and describes the curriculum. */
@Command(
    name = "content",
    mixinStandardHelpOptions = true,
    description = "Check and describe the curriculum.",
    subcommands = {ContentCommand.Lint.class, ContentCommand.Stats.class})
final class ContentCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static LoadResult load(Path folder) {
    return folder == null ? ContentLoader.builtIn() : ContentLoader.withOverlay(folder);
  }

  /** {@code content lint [DIR]}: exit 0 when clean, 1 with every problem otherwise. */
  @Command(
      name = "lint",
      mixinStandardHelpOptions = true,
      description = "Validate the built-in pack, or DIR merged over it.")
  static final class Lint implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        arity = "0..1",
        paramLabel = "DIR",
        description = "An organisation's content folder")
    Path folder;

    @Override
    public Integer call() {
      LoadResult result = load(folder);
      if (result.isClean()) {
        CurriculumStats stats = CurriculumStats.of(result.curriculum());
        spec.commandLine()
            .getOut()
            .printf(
                "Content is clean: %d lessons (%d with a recall question), %d scenarios (%d"
                    + " branching), %d survey items.%n",
                stats.lessons().total(),
                stats.recallQuestions(),
                stats.scenarios().total(),
                stats.branching(),
                stats.surveyItems());
        translationNotes(result);
        return 0;
      }
      var err = spec.commandLine().getErr();
      for (ContentProblem problem : result.problems()) {
        err.println(problem);
      }
      err.printf("%d problem(s) found.%n", result.problems().size());
      translationNotes(result);
      return 1;
    }

    /** Missing and stale translations fall back to English, so they are notes, not problems. */
    private void translationNotes(LoadResult result) {
      var out = spec.commandLine().getOut();
      for (ContentProblem note : result.translationNotes()) {
        out.println("translation: " + note);
      }
      if (!result.translationNotes().isEmpty()) {
        out.printf(
            "%d translation(s) missing or stale; those items show in English.%n",
            result.translationNotes().size());
      }
    }
  }

  /** {@code content stats [--json] [DIR]}: counts by sense and level. */
  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description = "Count lessons, scenarios and survey items.")
  static final class Stats implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object")
    boolean json;

    @Parameters(
        arity = "0..1",
        paramLabel = "DIR",
        description = "An organisation's content folder")
    Path folder;

    @Override
    public Integer call() throws Exception {
      LoadResult result = load(folder);
      CurriculumStats stats = CurriculumStats.of(result.curriculum());
      var out = spec.commandLine().getOut();
      if (json) {
        out.println(new ObjectMapper().writeValueAsString(stats));
      } else {
        out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(stats));
      }
      if (!result.isClean()) {
        spec.commandLine()
            .getErr()
            .printf(
                "%d content problem(s); run 'content lint' to see them.%n",
                result.problems().size());
        return 1;
      }
      return 0;
    }
  }
}
