package org.tandem.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of an external tool with a time limit: standard output and error go to a file (no pipe to
 * fill up), and a run that exceeds the limit is killed, with its children, and fails the test with
 * what it printed. No retries: a flaky tool is a finding, not something to hide.
 *
 * @param command the command line
 * @param exit the exit code
 * @param output standard output and standard error, interleaved
 */
record ChildProcess(List<String> command, int exit, String output) {
  /** The limit for one tool run; OmegaT and translate-toolkit need a few seconds here. */
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  /** Runs {@code command} in {@code dir} and returns when it ended; fails the test on a timeout. */
  static ChildProcess run(Path dir, List<String> command) throws IOException, InterruptedException {
    return run(dir, command, TIMEOUT);
  }

  /** Runs {@code command} in {@code dir} with the given limit. */
  static ChildProcess run(Path dir, List<String> command, Duration timeout) throws IOException, InterruptedException {
    Path log = Files.createTempFile("tandem-interop-", ".log");
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        fail("killed after " + timeout.toSeconds() + " s: " + String.join(" ", command) + "\n" + read(log));
      }
      return new ChildProcess(List.copyOf(command), process.exitValue(), read(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Asserts exit code 0, showing the command and its output otherwise; returns this run. */
  ChildProcess ok() {
    assertEquals(0, exit, this::toString);
    return this;
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static String read(Path log) throws IOException {
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8); // lenient: a tool may print Latin-1
  }

  @Override
  public String toString() {
    return String.join(" ", command) + "\nexit " + exit + "\n--- output\n" + output;
  }
}
