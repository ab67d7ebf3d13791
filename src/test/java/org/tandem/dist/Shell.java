package org.tandem.dist;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a program as a user's shell would start it: a working folder, extra environment variables,
 * no standard input, standard output and error kept apart (in files, so no pipe fills up), a time limit.
 *
 * @param command the command line
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
record Shell(List<String> command, int exit, String out, String err) {
  private static final long TIMEOUT_SECONDS = 180;

  /** Runs {@code command} in {@code dir} with {@code env} added to this process's environment. */
  static Shell run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("tandem-shell-", ".out");
    Path err = Files.createTempFile("tandem-shell-", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        fail("killed after " + TIMEOUT_SECONDS + " s: " + String.join(" ", command) + "\n" + Files.readString(err));
      }
      return new Shell(List.of(command), process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** True when {@code program} is found on PATH. */
  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return String.join(" ", command) + "\nexit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
