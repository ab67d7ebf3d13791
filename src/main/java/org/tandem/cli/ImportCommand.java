package org.tandem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.model.TandemException;
import org.tandem.workflow.Importing;
import org.tandem.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem import}: applies translated XLIFF. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    header = "Apply translated XLIFF files.",
    description = "Apply translated XLIFF 1.2 files (also as re-saved by CAT tools). Units are matched by "
        + "id; a unit whose source changed, whose target lost or added an inline code, or whose id "
        + "is unknown is refused, and then nothing of that file is applied: the segment store stays "
        + "byte for byte as it was. Exit 1 when a file was refused.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "XLIFF files.")
  List<Path> files;

  @Option(names = "--dry-run", description = "Check and report, but change nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    Project project = ws.project();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    try (AutoCloseable lock = project.workspace().lock()) {
      for (Path file : files) {
        try {
          Importing.Result r = Importing.importFile(project, file, dryRun);
          for (Importing.Rejection rejection : r.rejected()) {
            err.printf("%s: unit %s: %s%n", file, rejection.unit(), rejection.message());
          }
          out.printf("%s: %s%s: %d applied, %d unchanged, %d rejected%n", file, r.chapter().id(),
              dryRun ? " (dry run)" : "", r.applied(), r.unchanged(), r.rejected().size());
          if (!r.accepted()) {
            err.printf("%s: refused: nothing of this file was applied%n", file);
            failed++;
          }
        } catch (TandemException e) {
          err.println("tandem: " + e.located());
          err.printf("%s: refused: nothing of this file was applied%n", file);
          failed++;
        }
      }
    }
    return failed > 0 ? Main.FAILED : Main.OK;
  }
}
