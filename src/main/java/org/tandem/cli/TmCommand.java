package org.tandem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.model.TandemException;
import org.tandem.store.Workspace;
import org.tandem.workflow.Leveraging;
import org.tandem.workflow.Memories;
import org.tandem.workflow.MemoryExchange;
import org.tandem.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem tm}: the translation memory as TMX 1.4b. */
@Command(
    name = "tm",
    mixinStandardHelpOptions = true,
    header = "Exchange the translation memory as TMX 1.4b.",
    description = "Every translation of the workspace (retired segments included) is a translation memory:"
        + " exact matches pre-fill new segments when chapters are segmented, fuzzy matches are offered in"
        + " exported XLIFF. 'tm export' writes it as TMX; 'tm import' adds a TMX file as a reference"
        + " memory (kept in tm/), which pre-fills untranslated segments but never changes a translation.",
    subcommands = {TmCommand.Export.class, TmCommand.Import.class})
final class TmCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The workspace options given to {@code tm} or to the subcommand. */
  Project project(WorkspaceOptions own) {
    return (own.dir != null ? own : ws).project();
  }

  /** {@code tandem tm export FILE.tmx}. */
  @Command(name = "export", mixinStandardHelpOptions = true, header = "Write the translation memory as TMX.",
      description = "Write every translation of the workspace (translated, reviewed, final; needs-update ones"
          + " for the source they were made for; retired ones) as TMX 1.4b, each source and translation once.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand TmCommand parent;
    @Mixin WorkspaceOptions ws;

    @Parameters(paramLabel = "FILE", description = "The TMX file to write.")
    Path file;

    @Option(names = "--with-references", description = "Also write the imported reference memories (tm/*.tmx).")
    boolean withReferences;

    @Override
    public Integer call() {
      Workspace workspace = parent.project(ws).workspace();
      MemoryExchange.Exported e = MemoryExchange.export(workspace, file, withReferences);
      spec.commandLine().getOut().printf("%s: %d translation units%s%n", file, e.units(),
          e.skipped() > 0 ? " (" + e.skipped() + " left out: they hold a character XML cannot)" : "");
      return Main.OK;
    }
  }

  /** {@code tandem tm import FILE.tmx...}. */
  @Command(name = "import", mixinStandardHelpOptions = true, header = "Add TMX files as reference memories.",
      description = "Copy TMX files into tm/ as reference memories and pre-fill untranslated segments from their"
          + " exact matches (state translated, marked as from the memory). A segment that has a translation is"
          + " never changed. A segment of three words or fewer is pre-filled only where the segment before or"
          + " after it is the same as in the memory. Exit 2 when a file cannot be read (it is not copied).")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand TmCommand parent;
    @Mixin WorkspaceOptions ws;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TMX files.")
    List<Path> files;

    @Option(names = "--no-prefill", description = "Only keep the files; pre-fill nothing now.")
    boolean noPrefill;

    @Override
    public Integer call() throws Exception {
      Workspace workspace = parent.project(ws).workspace();
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<Path> failed = new ArrayList<>();
      try (AutoCloseable lock = workspace.lock()) {
        for (Path file : files) {
          try {
            MemoryExchange.Imported i = MemoryExchange.importFile(workspace, file);
            out.printf("%s: %d German-Turkish units, kept as %s%s%s%n", file, i.units(), workspace.relative(i.stored()),
                i.replaced() ? " (replaced)" : "", i.skipped() > 0 ? "; " + i.skipped() + " units in other languages"
                    + " skipped" : "");
          } catch (TandemException e) {
            err.println("tandem: " + e.located());
            failed.add(file);
          }
        }
        if (!noPrefill && failed.size() < files.size()) {
          prefill(workspace, out);
        }
      }
      return failed.isEmpty() ? Main.OK : Main.USAGE;
    }

    private static void prefill(Workspace workspace, PrintWriter out) {
      for (Leveraging.Filled f : Leveraging.prefill(workspace, workspace.config().chapters(), Memories.of(workspace))) {
        if (f.filled() > 0) {
          out.printf("%-32s %4d segments pre-filled from the memory, %d still untranslated%n", f.chapter().id(),
              f.filled(), f.untranslated());
        }
      }
    }
  }
}
