package org.tandem.cli;

import java.nio.file.Path;
import org.tandem.store.Workspace;
import org.tandem.workflow.Project;
import picocli.CommandLine.Option;

/** Options every workspace command shares: where the workspace is, and how much to tell. */
final class WorkspaceOptions {
  @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
      description = "The workspace folder (default: the nearest folder upwards with tandem.json).")
  Path dir;

  @Option(names = "--verbose", description = "Show stack traces of errors and what the libraries that read"
      + " documents (Okapi, Jericho) note about them.")
  boolean verbose;

  /** Opens the workspace. */
  Project project() {
    return new Project(dir != null ? Workspace.open(dir) : Workspace.find(Path.of("")));
  }
}
