package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The libraries' own log lines never reach the terminal raw; with --verbose they are tandem's notes. */
class LibraryLogTest {
  @TempDir Path tmp;

  @Test
  void aBrokenPageIsAddedQuietlyAndVerboseShowsTheParsersNotes() throws Exception {
    Path ws = tmp.resolve("ws");
    tandem(null, "init", ws.toString());
    Path page = tmp.resolve("de/seite.html");
    Files.createDirectories(page.getParent());
    Files.writeString(page, "<html><body><textarea rows=3 \"x=1\">Hallo</textarea><p>Ein Text.</p></body></html>");
    PrintStream stderr = System.err;
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    System.setErr(new PrintStream(raw, true, StandardCharsets.UTF_8));
    try {
      CliRun quiet = tandem(ws, "add", page.toString());
      assertEquals(0, quiet.exit(), quiet.toString());
      assertEquals("", quiet.err());
      CliRun verbose = tandem(ws, "segment", "--verbose", "--explain", "seite");
      assertEquals(0, verbose.exit(), verbose.toString());
      assertTrue(verbose.err().contains("tandem: note: error from jericho: StartTag textarea"), verbose.err());
      CliRun rootVerbose = tandem(null, "--verbose", "segment", "--explain", page.toString(), "--lang", "de");
      assertTrue(rootVerbose.err().contains("tandem: note: error from jericho"), rootVerbose.toString());
    } finally {
      System.setErr(stderr);
    }
    String leaked = raw.toString(StandardCharsets.UTF_8);
    assertFalse(leaked.contains("jericho") || leaked.contains("okapi") || leaked.contains("WARN"), leaked);
  }
}
