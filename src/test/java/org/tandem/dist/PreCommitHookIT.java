package org.tandem.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.cli.Workspaces;
import org.tandem.interop.RequiredTool;

/**
 * The pre-commit hook (.pre-commit-hooks.yaml, ci/pre-commit-check.sh) run by Debian's pre-commit, offline:
 * a hook repository made of this checkout's two files, a project repository with the sample workspace in a
 * subfolder, and the release's launcher on PATH through a symlink. An interop test: skipped without
 * pre-commit, a failure under -Pinterop.
 */
class PreCommitHookIT {
  @TempDir Path tmp;
  Path project;
  Map<String, String> env;

  @BeforeEach
  void repositories() throws Exception {
    RequiredTool.check(Shell.onPath("pre-commit") && Shell.onPath("git"), "pre-commit", "apt-get install pre-commit");
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("tandem"), Release.home().resolve("bin/tandem"));
    env = new HashMap<>(Map.of("PATH", bin + ":" + System.getenv("PATH"), "JAVA_HOME", System.getProperty("java.home"),
        "PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString(), "HOME", tmp.toString(),
        "GIT_AUTHOR_NAME", "Ayşe Öztürk", "GIT_AUTHOR_EMAIL", "ayse@example.org",
        "GIT_COMMITTER_NAME", "Ayşe Öztürk", "GIT_COMMITTER_EMAIL", "ayse@example.org"));
    env.put("GIT_CONFIG_NOSYSTEM", "1");

    Path hooks = Files.createDirectories(tmp.resolve("hooks/ci"));
    Files.copy(Path.of(".pre-commit-hooks.yaml"), hooks.getParent().resolve(".pre-commit-hooks.yaml"));
    Files.copy(Path.of("ci/pre-commit-check.sh"), hooks.resolve("pre-commit-check.sh"));
    hooks.resolve("pre-commit-check.sh").toFile().setExecutable(true);
    git(hooks.getParent(), "init", "-q");
    git(hooks.getParent(), "add", "-A");
    git(hooks.getParent(), "commit", "-q", "-m", "hooks");
    String rev = git(hooks.getParent(), "rev-parse", "HEAD").out().strip();

    project = Files.createDirectories(tmp.resolve("project"));
    Workspaces.sample(project.resolve("publication"));
    Files.writeString(project.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + hooks.getParent()
        + "\n    rev: " + rev + "\n    hooks:\n      - id: tandem-check\n");
    git(project, "init", "-q");
    git(project, "add", "-A");
    git(project, "commit", "-q", "-m", "Die Publikation");
  }

  @AfterEach
  void removeTheLink() throws IOException {
    Files.deleteIfExists(tmp.resolve("bin/tandem")); // a link out of the temporary folder: JUnit would warn
  }

  private Shell git(Path dir, String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    Shell run = Shell.run(dir, env, command);
    assertEquals(0, run.exit(), run.toString());
    return run;
  }

  private Shell preCommit(String... options) throws Exception {
    String[] command = new String[options.length + 2];
    command[0] = "pre-commit";
    command[1] = "run";
    System.arraycopy(options, 0, command, 2, options.length);
    return Shell.run(project, env, command);
  }

  @Test
  void aStagedForbiddenTermFailsTheHookAndBlocksTheCommitUntilFixed() throws Exception {
    ForbiddenTerm.plant(project.resolve("publication"));
    git(project, "add", "-A");
    Shell failing = preCommit();
    assertEquals(1, failing.exit(), failing.toString());
    assertTrue(failing.out().contains("tandem terminology check"), failing.toString());
    assertTrue(failing.out().contains("altena-ehrenamt:s6: error: [term-forbidden] \"komün\" is forbidden here"),
        failing.toString());
    assertTrue(failing.out().contains("in 1 chapter"), "only the staged chapter is checked: " + failing);

    assertEquals(0, Shell.run(project, env, "pre-commit", "install").exit());
    Shell blocked = Shell.run(project, env, "git", "commit", "-q", "-m", "komün");
    assertEquals(1, blocked.exit(), "the commit is blocked\n" + blocked);

    ForbiddenTerm.fix(project.resolve("publication"));
    Files.writeString(project.resolve("publication/chapters/de/altena-ehrenamt.md"), "\n",
        java.nio.file.StandardOpenOption.APPEND); // so that there is a change to commit
    git(project, "add", "-A");
    Shell passing = preCommit("--verbose");
    assertEquals(0, passing.exit(), passing.toString());
    assertTrue(passing.out().contains("Passed") && passing.out().contains("0 errors"), passing.toString());
    Shell committed = Shell.run(project, env, "git", "commit", "-q", "-m", "belediye");
    assertEquals(0, committed.exit(), committed.toString());
  }

  @Test
  void filesOutsideWorkspacesAreNotChecked() throws Exception {
    Files.writeString(project.resolve("NOTES.md"), "Kommune, nicht komün.\n");
    git(project, "add", "-A");
    Shell run = preCommit();
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().contains("(no files to check)Skipped"), run.toString());
  }

  @Test
  void aStagedGlossaryChecksEveryChapterOfItsWorkspace() throws Exception {
    Path glossary = project.resolve("publication/glossary/terms.csv");
    Files.writeString(glossary, Files.readString(glossary) + "quartiersbuero,Quartiersbüro,mahalle ofisi,\n");
    git(project, "add", "-A");
    Shell run = preCommit("--verbose");
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().contains("in 6 chapters"), run.toString());
  }
}
