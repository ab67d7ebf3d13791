package org.tandem.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One in-process run of the command line: exit code, standard output and standard error.
 *
 * @param exit the exit code
 * @param out what was printed to standard output
 * @param err what was printed to standard error
 */
record CliRun(int exit, String out, String err) {
  /** Runs {@code tandem -w WORKSPACE ARGS...} (no -w when {@code workspace} is null). */
  static CliRun tandem(Path workspace, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (workspace != null && args.length > 0) {
      all.add(1, "-w");
      all.add(2, workspace.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new CliRun(exit, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
