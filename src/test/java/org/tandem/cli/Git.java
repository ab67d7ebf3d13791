package org.tandem.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the real {@code git} in a test repository, isolated from the machine's configuration (its
 * own HOME, no system config), with a fixed author.
 */
final class Git {
  private final Path repo;
  private final Path home;

  /**
   * One run of git.
   *
   * @param exit the exit code
   * @param output standard output and error together
   */
  record Run(int exit, String output) {}

  Git(Path repo, Path home) throws IOException {
    this.repo = repo;
    this.home = home;
    Files.createDirectories(home);
  }

  /** Runs {@code git ARGS...} in the repository. */
  Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_AUTHOR_NAME", "Test");
    env.put("GIT_AUTHOR_EMAIL", "test@example.org");
    env.put("GIT_COMMITTER_NAME", "Test");
    env.put("GIT_COMMITTER_EMAIL", "test@example.org");
    env.put("LC_ALL", "C");
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }

  /** Runs git and fails the test with its output unless it exits 0. */
  String ok(String... args) throws IOException, InterruptedException {
    Run run = run(args);
    if (run.exit() != 0) {
      throw new AssertionError("git " + String.join(" ", args) + " exited " + run.exit() + ":\n" + run.output());
    }
    return run.output();
  }
}
