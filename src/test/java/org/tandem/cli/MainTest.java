package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage, help, version and the exit codes of errors. */
class MainTest {
  @TempDir Path tmp;

  @Test
  void helpListsEveryCommand() {
    CliRun run = tandem(null, "--help");
    assertEquals(0, run.exit());
    for (String command : new String[] {"init", "add", "segment", "status", "export", "import", "check", "build"}) {
      assertTrue(run.out().contains("\n  " + command + " "), command + " in\n" + run.out());
    }
    assertTrue(run.out().contains("Exit codes"));
  }

  @Test
  void everyCommandHasHelp() {
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      for (String command : new String[] {"init", "add", "segment", "diff", "status", "export", "import", "check",
          "glossary", "waive", "tm", "merge-driver", "build"}) {
        CliRun run = tandem(null, command, "--help");
        assertEquals(0, run.exit(), command + ": " + run);
        assertTrue(run.out().contains("Usage: tandem " + command), run.out());
      }
    } finally {
      System.setErr(stderr);
    }
    assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8),
        "picocli warns of nothing (a lone % in a description is a format error)");
  }

  @Test
  void versionNamesTandemAndOkapi() {
    CliRun run = tandem(null, "--version");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("tandem "), run.out());
    assertTrue(run.out().contains("Okapi Framework 1.47.0"));
  }

  @Test
  void badUsageExitsTwoWithAHint() {
    CliRun run = tandem(null, "export");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("Missing required option: '--out=DIR'"), run.err());
    assertTrue(run.err().contains("Try 'tandem export --help' for usage."), run.err());
  }

  @Test
  void noWorkspaceExitsTwoAndSaysWhatToDo() {
    CliRun run = tandem(tmp, "status");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("tandem: " + tmp.toAbsolutePath() + " is not a tandem workspace"), run.err());
  }

  @Test
  void aBrokenGlossaryFailsTheCheckWithItsLine() throws Exception {
    Path ws = Workspaces.sample(tmp.resolve("ws"));
    Files.writeString(ws.resolve("glossary/terms.csv"), "id,de,tr\nkommune,Kommune,belediye\nkommune,Gemeinde,belediye\n");
    CliRun run = tandem(ws, "check");
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().startsWith("tandem: glossary/terms.csv:3:"), run.err());
  }

  @Test
  void statusShowsTheMixedStatesOfTheSample() throws Exception {
    Path ws = Workspaces.sample(tmp.resolve("ws"));
    CliRun run = tandem(ws, "status");
    assertEquals(0, run.exit());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("altena-ehrenamt") && l.contains("100%")), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("pandemie-sprachkurse") && l.contains("  0%")), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("total")), run.out());
  }
}
