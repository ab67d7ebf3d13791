package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWaiverTest {
  @TempDir Path tmp;

  @Test
  void aWaiverReachesTheTranslatorAsANote() throws Exception {
    Path ws = Workspaces.sample(tmp.resolve("ws"));
    CliRun waive = tandem(ws, "waive", "altena-ehrenamt", "s6", "term-missing", "--entry", "kommune",
        "--reason", "Gemeinde meint hier die Kirchengemeinde");
    assertEquals(0, waive.exit(), waive.toString());
    assertEquals(0, tandem(ws, "export", "altena-ehrenamt", "-o", tmp.resolve("out").toString()).exit());
    String xml = Files.readString(tmp.resolve("out/altena-ehrenamt.de-tr.xlf"));
    int unit = xml.indexOf("<trans-unit id=\"s6\"");
    String s6 = xml.substring(unit, xml.indexOf("</trans-unit>", unit));
    assertTrue(s6.contains("Gemeinde meint hier die Kirchengemeinde"), s6);
  }
}
