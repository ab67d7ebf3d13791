package org.tandem.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
    header = "Apply translated XLIFF files (1.2 or 2.0).",
    description = {
      "Apply translated XLIFF 1.2 or 2.0 files, also as re-saved by CAT tools; the version is read from"
          + " the file. Units are matched by id. A unit whose source changed since the export is a"
          + " conflict (both texts are shown); a unit whose target lost, added or scrambled an inline"
          + " code, or whose id is unknown, is rejected. Then nothing of that file is applied: the"
          + " segment store stays byte for byte as it was (unless --partial).",
      "Exit 0 when every file was applied; 1 when a readable file was refused (it belongs to no chapter"
          + " of the workspace) or had rejected or conflicting units; 2 when a file cannot be read as"
          + " XLIFF at all (missing, not well-formed XML, not XLIFF, breaking XLIFF's rules), as for check."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Mixin ProgressOptions progress;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "XLIFF files.")
  List<Path> files;

  @Option(names = "--dry-run", description = "Check and report, but change nothing.")
  boolean dryRun;

  @Option(names = "--partial", description = "Apply the good units of a file even when others are"
      + " rejected or in conflict (the exit code is still 1).")
  boolean partial;

  @Option(names = "--accept-changed", description = "Apply translations whose source changed since the"
      + " export, marked needs-update, with the file's source kept as the segment's previous source.")
  boolean acceptChanged;

  @Override
  public Integer call() throws Exception {
    Project project = ws.project();
    PrintWriter err = spec.commandLine().getErr();
    int exit = Main.OK;
    List<Path> readable = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        err.printf("tandem: %s: %s%n", file, Files.exists(file)
            ? (Files.isDirectory(file) ? "this is a folder, not an XLIFF file" : "the file cannot be read")
            : "the file does not exist");
        exit = Main.USAGE;
      } else {
        readable.add(file);
      }
    }
    try (AutoCloseable lock = project.workspace().lock()) {
      List<Importing.Outcome> outcomes;
      try (ProgressBar bar = progress.bar(spec, "Importing", readable.size())) {
        outcomes = Importing.importFiles(project, readable, new Importing.Options(dryRun, partial, acceptChanged),
            bar);
      }
      boolean foreign = false;
      for (Importing.Outcome o : outcomes) {
        if (o.error() != null) {
          err.println("tandem: " + o.error().located());
          err.printf("%s: refused: nothing of this file was applied%n", o.file());
          exit = Math.max(exit, o.unreadable() ? Main.USAGE : Main.FAILED);
          foreign = true;
        } else {
          report(o.result());
          exit = Math.max(exit, o.result().accepted() ? Main.OK : Main.FAILED);
        }
      }
      if (foreign) {
        err.println("tandem: import takes back the XLIFF files tandem exported (XLIFF 1.2 or 2.0, one <file> naming"
            + " its chapter, the unit and code ids tandem wrote), so that every translation finds its segment;"
            + " 'tandem check FILE --glossary G' checks XLIFF from any tool");
      }
    }
    return exit;
  }

  private void report(Importing.Result r) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path file = r.file();
    for (Importing.Conflict c : r.conflicts()) {
      err.printf("%s:%d: unit %s: conflict: the source changed after the export%n", file, c.line(), c.unit());
      err.printf("    in the file:      %s%n    in the workspace: %s%n", c.fileSource(), c.storeSource());
    }
    for (Importing.Rejection rejection : r.rejected()) {
      err.printf("%s:%d: unit %s: %s%n", file, rejection.line(), rejection.unit(), rejection.message());
    }
    if (!progress.quiet || !r.accepted()) {
      out.printf("%s: %s%s: %d applied, %d unchanged, %d rejected%s%s%n", file, r.chapter().id(),
        dryRun ? " (dry run)" : "", r.applied(), r.unchanged(), r.rejected().size(),
        r.conflicts().isEmpty() ? "" : ", " + r.conflicts().size() + " in conflict",
          r.changedSources() == 0 ? "" : " (" + r.changedSources() + " with a changed source, now needs-update)");
    }
    if (!r.conflicts().isEmpty()) {
      err.printf("%s: export the chapter again, or import with --accept-changed to keep these translations"
          + " as needs-update%n", file);
    }
    if (!r.accepted()) {
      err.printf(partial ? "%s: the other units were applied (--partial)%n"
          : "%s: refused: nothing of this file was applied%n", file);
    }
  }
}
