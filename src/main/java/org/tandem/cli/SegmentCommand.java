package org.tandem.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.tandem.extract.Explanation;
import org.tandem.model.Chapter;
import org.tandem.model.State;
import org.tandem.workflow.Project;
import org.tandem.workflow.Resegmenter;
import org.tandem.workflow.Segmentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem segment}: re-reads sources and updates the segment store, or explains a segmentation. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    header = "Re-read chapter sources and update their segments.",
    description = {"Re-read chapter sources and update their segments. A segment whose source is unchanged "
        + "keeps its key, translation and state, even if it moved; an edited segment (at least 60%% of its "
        + "words the same) keeps its key and translation and becomes needs-update ('tandem diff' shows the "
        + "edit); a new segment is pre-filled from an exact translation-memory match (state translated); "
        + "segments whose source is gone are retired with their translations (kept in the segment file). "
        + "Prints per chapter how many segments were kept, moved, edited, added and retired. A chapter whose "
        + "source file is byte for byte the one its segments were made from, with the same rules, is skipped "
        + "(--force reads it anyway). Chapters are read on every processor; on a terminal a progress bar "
        + "shows how far the work is.",
        "",
        "With --explain, nothing is written: the sentences of FILE (a Markdown file, read like a chapter;"
            + " a file with another extension as plain text with blank lines between paragraphs), of a chapter"
            + " id, or of standard input ('-' or no FILE) are printed with the rule that made each break and"
            + " the rule that prevented each break that another rule would have made."})
final class SegmentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Option(names = "--explain", arity = "0..1", fallbackValue = ExplainSegmentation.STDIN, paramLabel = "FILE",
      description = "Print the sentences of FILE, a chapter or standard input and the rule behind every"
          + " break and prevented break, instead of segmenting.")
  String explain;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "With --explain: the language of the text, de or tr (default: the chapter's).")
  String lang;

  @Option(names = "--json", description = "With --explain: print JSON.")
  boolean json;

  @Mixin ProgressOptions progress;

  @Option(names = "--force", description = "Read every chapter again, also those whose source file and"
      + " segmentation rules are unchanged since they were last segmented (these are skipped otherwise).")
  boolean force;

  @Parameters(arity = "0..*", paramLabel = "CHAPTER", description = "Chapter ids (default: all).")
  List<String> chapters = List.of();

  @Override
  public Integer call() throws Exception {
    if (explain != null) {
      return explain();
    }
    if (lang != null || json) {
      throw new ParameterException(spec.commandLine(), "--lang and --json go with --explain");
    }
    Project project = ws.project();
    PrintWriter out = spec.commandLine().getOut();
    int toRevise = 0;
    int unchanged = 0;
    try (AutoCloseable lock = project.workspace().lock()) {
      List<Chapter> list = project.workspace().chapters(chapters);
      List<Optional<Resegmenter.Result>> results;
      try (ProgressBar bar = progress.bar(spec, "Segmenting", list.size())) {
        results = Segmentation.segment(project, list, force, bar);
      }
      for (int i = 0; i < list.size(); i++) {
        if (results.get(i).isEmpty()) {
          unchanged++;
          continue;
        }
        Resegmenter.Result r = results.get(i).get();
        if (!progress.quiet) {
          out.printf("%-32s %4d segments: %d kept, %d moved, %d edited, %d added%s, %d retired%n", list.get(i).id(),
              r.store().segments().size(), r.kept(), r.moved(), r.edited(), r.added(),
              r.leveraged() > 0 ? " (" + r.leveraged() + " pre-filled from the memory)" : "", r.retired());
        }
        toRevise += (int) r.store().segments().stream().filter(s -> s.state() == State.NEEDS_UPDATE).count();
      }
    }
    if (unchanged > 0) {
      out.printf("%d chapter%s unchanged (same source and rules as when last segmented).%n", unchanged,
          unchanged == 1 ? "" : "s");
    }
    if (toRevise > 0) {
      out.printf("%d segment%s need%s an update; 'tandem diff' shows what changed.%n", toRevise,
          toRevise == 1 ? "" : "s", toRevise == 1 ? "s" : "");
    }
    return Main.OK;
  }

  private int explain() {
    if (!chapters.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--explain takes one FILE (or a chapter id); also given: " + String.join(" ", chapters));
    }
    Explanation explanation;
    try {
      explanation = ExplainSegmentation.in(ws, System.in).explain(explain, lang);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? ExplanationJson.format(explanation) + "\n" : ExplanationText.format(explanation));
    out.flush();
    return Main.OK;
  }
}
