package org.tandem.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.compare.WordDiff;
import org.tandem.model.Segment;
import org.tandem.workflow.Project;
import org.tandem.workflow.Revisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem diff}: what changed in the sources of segments whose translation must be revised. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    header = "Show the source edits behind needs-update segments.",
    description = "Show, for each needs-update segment, the source its translation was made for and the"
        + " source now, word by word ([-removed-] and {+added+}, inline codes as {1} tags), and the"
        + " translation to revise. A segment translated differently on two git branches (a merge"
        + " conflict) shows both translations.")
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Parameters(arity = "0..*", paramLabel = "CHAPTER", description = "Chapter ids (default: all).")
  List<String> chapters = List.of();

  @Option(names = "--exit-code", description = "Exit with 1 when a segment needs an update (for scripts and CI).")
  boolean exitCode;

  @Override
  public Integer call() {
    Project project = ws.project();
    List<Revisions.Revision> revisions = Revisions.of(project.workspace(), project.workspace().chapters(chapters));
    PrintWriter out = spec.commandLine().getOut();
    for (Revisions.Revision r : revisions) {
      print(out, r);
    }
    long conflicts = revisions.stream().filter(r -> r.conflict().isPresent()).count();
    if (revisions.isEmpty()) {
      out.println("No segment needs an update.");
    } else {
      out.printf("%d segment%s to revise%s; translate them in an export, or import the revised XLIFF.%n",
          revisions.size(), revisions.size() == 1 ? "" : "s", conflicts > 0 ? " (" + conflicts + " merge conflict"
              + (conflicts == 1 ? "" : "s") + ")" : "");
    }
    return exitCode && !revisions.isEmpty() ? Main.FAILED : Main.OK;
  }

  private static void print(PrintWriter out, Revisions.Revision r) {
    Segment s = r.segment();
    String what = r.conflict().isPresent() ? "translated differently on two branches (merge conflict)"
        : "the source changed";
    out.printf("%s %s (paragraph %d): %s%n", r.chapter().id(), s.key(), s.para(), what);
    if (r.change().isPresent()) {
      WordDiff diff = r.change().get();
      out.println("  old source:  " + diff.markedOld());
      out.println("  new source:  " + diff.markedNew());
    } else {
      out.println("  source:      " + s.source().markup());
    }
    if (r.conflict().isPresent()) {
      out.println("  this branch:  " + r.conflict().get().ours().markup());
      out.println("  other branch: " + r.conflict().get().theirs().markup());
    } else if (s.hasTarget()) {
      out.println("  translation: " + s.target().markup());
    }
    out.println();
  }
}
