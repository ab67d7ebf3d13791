package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.store.Workspace;

class AddCommandTest {
  @TempDir Path tmp;

  @Test
  void addsFoldersWithTheLanguageOfTheirNameAndReportsBadFilesWithoutStopping() throws Exception {
    Path ws = tmp.resolve("ws");
    assertEquals(0, tandem(null, "init", ws.toString()).exit());
    Files.createDirectories(tmp.resolve("in/tr"));
    Files.writeString(tmp.resolve("in/tr/b.md"), "# İkinci\n\nBelediye 3 Ekim'de toplandı.\n");
    Files.writeString(tmp.resolve("in/tr/a.md"), "# Birinci\n\nŞişli'de bir kurs açıldı.\n");
    Files.write(tmp.resolve("in/tr/c.md"), new byte[] {(byte) 0xC4, 'x'});
    CliRun run = tandem(ws, "add", tmp.resolve("in").toString());
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.out().contains("Added chapter a (chapters/tr/a.md, tr -> de): 2 segments"), run.out());
    assertTrue(run.out().contains("Added chapter b (chapters/tr/b.md, tr -> de): 2 segments"), run.out());
    assertTrue(run.err().contains("c.md: the file is not valid UTF-8"), run.err());
    assertEquals(2, Workspace.open(ws).config().chapters().size());
    assertTrue(Files.notExists(ws.resolve("chapters/tr/c.md")), "a file that was not added is not left behind");
  }

  @Test
  void aBatchIsRegisteredInTheOrderGivenAndASecondFileOfTheSameNameIsRefused() throws Exception {
    Path ws = tmp.resolve("ws");
    assertEquals(0, tandem(null, "init", ws.toString()).exit());
    for (String dir : new String[] {"one", "two"}) {
      Files.createDirectories(tmp.resolve(dir));
    }
    Files.writeString(tmp.resolve("one/z.md"), "# Zett\n\nDie Stadt wächst.\n");
    Files.writeString(tmp.resolve("two/z.md"), "# Zett zwei\n\nDie Stadt lernt.\n");
    Files.writeString(tmp.resolve("one/a.md"), "# A\n\nDie Kommune hilft.\n");
    CliRun run = tandem(ws, "add", "--lang", "de", tmp.resolve("one/z.md").toString(),
        tmp.resolve("two/z.md").toString(), tmp.resolve("one/a.md").toString());
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().contains("a chapter 'z' is already registered; choose another --id"), run.err());
    assertEquals(java.util.List.of("z", "a"),
        Workspace.open(ws).config().chapters().stream().map(c -> c.id()).toList());
    assertEquals("# Zett\n\nDie Stadt wächst.\n", Files.readString(ws.resolve("chapters/de/z.md")));
    Files.writeString(tmp.resolve("two/y.md"), "# Ypsilon\n\nDie Stadt lernt.\n");
    CliRun quiet = tandem(ws, "add", "--quiet", "--lang", "de", tmp.resolve("two/y.md").toString());
    assertEquals("Added 1 chapter.\n", quiet.out());
  }

  @Test
  void theFormatComesFromTheExtensionOrFormatAndIsRecorded() throws Exception {
    Path ws = tmp.resolve("ws");
    tandem(null, "init", ws.toString());
    Files.writeString(tmp.resolve("brief.rtf"), "{\\rtf1 Hallo.}");
    CliRun refused = tandem(ws, "add", "--lang", "de", tmp.resolve("brief.rtf").toString());
    assertEquals(2, refused.exit(), refused.toString());
    assertTrue(refused.err().contains("brief.rtf: tandem does not know this kind of file; it reads markdown (.md,"),
        refused.err());
    assertTrue(Files.notExists(ws.resolve("chapters/de/brief.rtf")));
    Files.writeString(tmp.resolve("notiz.rtf"), "# Notiz\n\nDie Stadt *plant* ein Fest.\n");
    CliRun run = tandem(ws, "add", "--lang", "de", "--format", "markdown", tmp.resolve("notiz.rtf").toString());
    assertEquals(0, run.exit(), run.toString());
    assertEquals("markdown", Workspace.open(ws).config().chapter("notiz").orElseThrow().format());
    CliRun unknown = tandem(ws, "add", "--lang", "de", "--format", "pdf", tmp.resolve("brief.rtf").toString());
    assertEquals(2, unknown.exit(), unknown.toString());
    assertTrue(unknown.err().contains("unknown format 'pdf'; tandem reads markdown"), unknown.err());
  }

  @Test
  void idIsOnlyForOneFile() throws Exception {
    Path ws = tmp.resolve("ws");
    tandem(null, "init", ws.toString());
    CliRun run = tandem(ws, "add", "x.md", "y.md", "--lang", "de", "--id", "z");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--id can only be given for a single file"), run.err());
  }
}
