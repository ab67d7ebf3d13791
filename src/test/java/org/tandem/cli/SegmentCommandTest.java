package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem segment} reads again only what may have changed. */
class SegmentCommandTest {
  private static final String CHAPTER = "osnabrueck-integrationskonzept";
  private static final Path SOURCE = Path.of("chapters/de/osnabrueck-integrationskonzept.md");

  @TempDir Path tmp;
  Path ws;

  @BeforeEach
  void sampleSegmentedOnce() throws Exception {
    ws = Workspaces.sample(tmp.resolve("ws"));
    CliRun first = tandem(ws, "segment");
    assertEquals(0, first.exit(), first.toString());
    assertFalse(first.out().contains("unchanged"), "a fresh copy has no cache: every chapter is read");
  }

  @Test
  void unchangedChaptersAreSkippedAndTheirFilesLeftAlone() throws Exception {
    Map<String, String> before = Workspaces.fingerprint(ws.resolve("segments"));
    Path store = ws.resolve("segments/" + CHAPTER + ".json");
    FileTime recorded = Files.getLastModifiedTime(store);

    CliRun again = tandem(ws, "segment");
    assertEquals(0, again.exit(), again.toString());
    assertEquals("7 chapters unchanged (same source and rules as when last segmented).\n", again.out());
    assertEquals(before, Workspaces.fingerprint(ws.resolve("segments")));
    assertEquals(recorded, Files.getLastModifiedTime(store), "a skipped chapter's file is not written");
  }

  @Test
  void anEditedChapterIsTheOnlyOneReadAgain() throws Exception {
    Files.writeString(ws.resolve(SOURCE), Files.readString(ws.resolve(SOURCE)) + "\nEin neuer Satz am Ende.\n");
    CliRun run = tandem(ws, "segment");
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().startsWith(CHAPTER + " "), run.out());
    assertTrue(run.out().contains(" 1 added, 0 retired\n6 chapters unchanged"), run.out());
  }

  @Test
  void importsAndWaiversChangeNoSourceSoTheChapterStaysUnchanged() throws Exception {
    Path out = tmp.resolve("out");
    assertEquals(0, tandem(ws, "export", CHAPTER, "-o", out.toString()).exit());
    Path xlf = out.resolve(CHAPTER + ".de-tr.xlf");
    String xml = Files.readString(xlf);
    int unit = xml.indexOf("<trans-unit");
    int end = xml.indexOf("</source>", unit) + "</source>".length();
    Files.writeString(xlf, xml.substring(0, end) + "<target state=\"translated\">Yeni çeviri</target>"
        + xml.substring(end).replaceFirst("(?s)^\\s*<target[^>]*>.*?</target>", ""));
    CliRun imported = tandem(ws, "import", xlf.toString());
    assertEquals(0, imported.exit(), imported.toString());
    assertTrue(imported.out().contains("1 applied"), imported.out());
    assertEquals("7 chapters unchanged (same source and rules as when last segmented).\n",
        tandem(ws, "segment").out());

    String key = xml.substring(unit).replaceFirst("(?s)^<trans-unit id=\"([^\"]+)\".*", "$1");
    CliRun waived = tandem(ws, "waive", CHAPTER, key, "term-missing", "--reason", "checked by the editor");
    assertEquals(0, waived.exit(), waived.toString());
    assertEquals("7 chapters unchanged (same source and rules as when last segmented).\n",
        tandem(ws, "segment").out());
  }

  @Test
  void aNewSegmentIsPreFilledFromAnotherChapterThatTheCacheKnowsHasItsSource() throws Exception {
    String sentence = "Altena ist eine Kleinstadt im Sauerland, deren Drahtindustrie im 19. Jahrhundert weit über"
        + " die Region hinaus bekannt war.";
    assertTrue(Files.readString(ws.resolve(".tandem.cache")).contains("\"memory\""),
        "the first run recorded what each chapter gives the memory");
    Files.writeString(ws.resolve(SOURCE), Files.readString(ws.resolve(SOURCE)) + "\n" + sentence + "\n");
    CliRun run = tandem(ws, "segment");
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().contains(" 1 added (1 pre-filled from the memory), 0 retired"), run.out());
  }

  @Test
  void aStoreChangedBehindTandemsBackIsReadAgain() throws Exception {
    Files.delete(ws.resolve("segments/" + CHAPTER + ".json"));
    CliRun run = tandem(ws, "segment");
    assertTrue(run.out().matches("(?s)" + CHAPTER + " +\\d+ segments: 0 kept, 0 moved, 0 edited, \\d+ added.*"),
        run.out());
    assertTrue(run.out().contains("6 chapters unchanged"), run.out());
  }

  @Test
  void otherRulesOrForceReadEveryChapter() throws Exception {
    CliRun forced = tandem(ws, "segment", "--force");
    assertFalse(forced.out().contains("unchanged"), forced.out());
    assertEquals(7, forced.out().lines().filter(l -> l.contains(" kept, ")).count(), forced.out());

    Path rules = ws.resolve("rules/segmentation.srx");
    Files.writeString(rules, Files.readString(rules).replace("</header>", "</header>\n<!-- edited -->"));
    CliRun afterRules = tandem(ws, "segment");
    assertEquals(0, afterRules.exit(), afterRules.toString());
    assertFalse(afterRules.out().contains("unchanged"), afterRules.out());
  }

  @Test
  void quietPrintsOnlyTheTotals() throws Exception {
    Files.writeString(ws.resolve(SOURCE), Files.readString(ws.resolve(SOURCE)) + "\nEin neuer Satz am Ende.\n");
    CliRun run = tandem(ws, "segment", "--quiet");
    assertEquals("6 chapters unchanged (same source and rules as when last segmented).\n", run.out());
    assertNotEquals("", Files.readString(ws.resolve(".tandem.cache")));
  }
}
