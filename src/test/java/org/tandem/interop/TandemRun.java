package org.tandem.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tandem.cli.Main;

/**
 * One in-process run of {@code tandem -w WORKSPACE ARGS...} through {@link Main#run}.
 *
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
record TandemRun(int exit, String out, String err) {
  /** Runs the command {@code args[0]} with {@code -w workspace} and the remaining arguments. */
  static TandemRun tandem(Path workspace, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(1, List.of("-w", workspace.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new TandemRun(exit, out.toString(), err.toString());
  }

  /** Asserts exit code 0 (showing the output otherwise) and returns this run. */
  TandemRun ok() {
    assertEquals(0, exit, this::toString);
    return this;
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
