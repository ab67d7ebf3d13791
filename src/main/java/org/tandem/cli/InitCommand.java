package org.tandem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tandem.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem init}: creates a workspace. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    header = "Create a new workspace.",
    description = "Create a workspace: tandem.json, chapters/de, chapters/tr, segments/, "
        + "glossary/terms.csv, rules/segmentation.srx and a .gitignore for build/.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Where to create it (default: here).")
  Path dir = Path.of("");

  @Option(names = "--name", paramLabel = "TITLE", description = "The publication's title.")
  String name = "";

  @Override
  public Integer call() {
    Workspace ws = Workspace.init(dir, name);
    spec.commandLine().getOut().println("Created a tandem workspace in " + ws.root());
    spec.commandLine().getOut().println("Next: tandem add FILE.md --lang de   (or --lang tr)");
    return Main.OK;
  }
}
