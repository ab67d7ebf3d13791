package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Lang;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryCsv;
import org.tandem.terms.GlossaryFiles;

/** {@code tandem glossary list|add|remove|lookup|import|export} on a copy of the sample workspace. */
class GlossaryCommandTest {
  @TempDir Path dir;
  Path ws;
  String w;

  @BeforeEach
  void copySample() throws IOException {
    ws = Workspaces.sample(dir.resolve("ws"));
    w = ws.toString();
  }

  Glossary workspaceGlossary() {
    return new GlossaryCsv().read(ws.resolve("glossary/terms.csv"));
  }

  @Test
  void listsEntriesWithTheirTermsAndNotes() {
    CliRun run = tandem(null, "glossary", "list", "-w", w);
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().startsWith("kommune  de: Kommune | Gemeinde  tr: belediye | !komün\n    In Turkish always"),
        run.out());
    assertTrue(run.out().strip().endsWith("entries in glossary/terms.csv"), run.out());
    CliRun tbx = tandem(null, "glossary", "list", "-w", w, "--format", "tbx3");
    assertTrue(tbx.out().contains("<conceptEntry id=\"kommune\">"), tbx.out());
  }

  @Test
  void addsAnEntryCheckedLikeACsvRowAndRefusesADuplicateId() {
    CliRun add = tandem(null, "glossary", "add", "-w", w, "awo", "--de", "AWO|Arbeiterwohlfahrt", "--tr", "AWO",
        "--pos", "properNoun", "--dnt", "--case-sensitive", "--note", "welfare association, keep the name");
    assertEquals(0, add.exit(), add.toString());
    assertTrue(workspaceGlossary().concept("awo").orElseThrow().terms(Lang.TR).get(0).doNotTranslate());
    assertTrue(workspaceGlossary().concept("kommune").isPresent(), "the rest is kept");
    CliRun again = tandem(null, "glossary", "add", "-w", w, "awo", "--de", "AWO");
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("the entry 'awo' exists already; use --replace"), again.err());
    assertEquals(0, tandem(null, "glossary", "add", "-w", w, "awo", "--de", "AWO", "--replace").exit());
    CliRun bad = tandem(null, "glossary", "add", "-w", w, "x", "--de", "Kita|", "--tr", "kreş");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("cannot add 'x': an empty term in column de"), bad.err());
  }

  @Test
  void removesEntriesOrNothing() {
    CliRun unknown = tandem(null, "glossary", "remove", "-w", w, "kommune", "nope");
    assertEquals(2, unknown.exit());
    assertTrue(workspaceGlossary().concept("kommune").isPresent(), "nothing removed");
    assertEquals(0, tandem(null, "glossary", "remove", "-w", w, "kommune", "kita").exit());
    assertTrue(workspaceGlossary().concept("kommune").isEmpty());
  }

  @Test
  void looksUpInflectedFormsAndCompounds() {
    CliRun tr = tandem(null, "glossary", "lookup", "-w", w, "belediyelerinden");
    assertEquals(0, tr.exit(), tr.toString());
    assertTrue(tr.out().contains("tr: \"belediyelerinden\" is \"belediye\""), tr.out());
    CliRun de = tandem(null, "glossary", "lookup", "-w", w, "Integrationskonzepts", "--lang", "de");
    assertTrue(de.out().contains("integrationskonzept  de: Integrationskonzept"), de.out());
    CliRun none = tandem(null, "glossary", "lookup", "-w", w, "Kommunikation");
    assertEquals(1, none.exit());
    assertTrue(none.out().contains("no glossary entry found"), none.out());
  }

  @Test
  void exportsAndImportsTbxKeepingIds() throws IOException {
    Path tbx = dir.resolve("terms.tbx");
    assertEquals(0, tandem(null, "glossary", "export", "-w", w, tbx.toString()).exit());
    assertTrue(Files.readString(tbx).contains("<martif type=\"TBX-Basic\""), "TBX 2008 by default");
    Path v3 = dir.resolve("terms-v3.tbx");
    assertEquals(0, tandem(null, "glossary", "export", "-w", w, v3.toString(), "--format", "tbx3").exit());
    assertEquals(workspaceGlossary(), GlossaryFiles.read(v3, "v3"));
    CliRun same = tandem(null, "glossary", "import", "-w", w, v3.toString());
    assertEquals(0, same.exit(), same.toString());
    assertTrue(same.out().contains(": 0 added, 0 replaced, 63 unchanged; 63 entries"), same.out());
  }

  @Test
  void importOfATbxWithoutGermanOrTurkishNamesItsLanguagesAndFails() throws IOException {
    Path tbx = Files.writeString(dir.resolve("en-fr.tbx"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX-Basic" xml:lang="en"><text><body>
          <termEntry id="council"><langSet xml:lang="en"><tig><term>council</term></tig></langSet>
            <langSet xml:lang="FR"><tig><term>conseil municipal</term></tig></langSet></termEntry>
          <termEntry id="empty"><langSet xml:lang="es"/></termEntry>
        </body></text></martif>
        """);
    String before = Files.readString(ws.resolve("glossary/terms.csv"));
    CliRun run = tandem(null, "glossary", "import", "-w", w, tbx.toString(), "--replace-all");
    assertEquals(1, run.exit(), run.toString());
    assertTrue(run.err().contains(tbx + ": no entry has a German (de) or Turkish (tr) term; the file holds terms"
        + " in en, fr; nothing was imported"), run.toString());
    assertEquals(before, Files.readString(ws.resolve("glossary/terms.csv")), "the glossary is untouched");
    Path none = Files.writeString(dir.resolve("none.tbx"), "<martif type=\"TBX-Basic\"><text><body/></text></martif>");
    CliRun empty = tandem(null, "glossary", "import", "-w", w, none.toString());
    assertEquals(1, empty.exit(), empty.toString());
    assertTrue(empty.err().contains("the file holds no terms; nothing was imported"), empty.toString());
  }

  @Test
  void importRefusesChangedEntriesUnlessOverwriting() throws IOException {
    Path other = dir.resolve("other.csv");
    Files.writeString(other, "id,de,tr,note\nkommune,Kommune,belediye,changed\nneu,Nachbarschaft,komşuluk,\n");
    String before = Files.readString(ws.resolve("glossary/terms.csv"));
    CliRun refused = tandem(null, "glossary", "import", "-w", w, other.toString());
    assertEquals(2, refused.exit());
    assertTrue(refused.err().contains("1 entry differs from the glossary's: kommune; nothing was imported"),
        refused.err());
    assertEquals(before, Files.readString(ws.resolve("glossary/terms.csv")));
    CliRun done = tandem(null, "glossary", "import", "-w", w, other.toString(), "--overwrite");
    assertEquals(0, done.exit(), done.toString());
    assertTrue(done.out().contains("1 added, 1 replaced, 0 unchanged; 64 entries"), done.out());
    assertEquals("changed", workspaceGlossary().concept("kommune").orElseThrow().note());
    assertEquals("neu", workspaceGlossary().concepts().get(63).id(), "new entries at the end");
  }

  @Test
  void worksOnAGlossaryFileWithoutWorkspace() throws IOException {
    Path file = dir.resolve("fresh.csv");
    CliRun add = tandem(null, "glossary", "add", "--glossary", file.toString(), "kita", "--de", "Kita",
        "--tr", "kreş|anaokulu");
    assertEquals(0, add.exit(), add.toString());
    assertEquals("id,de,tr,note\nkita,Kita,kreş|anaokulu,\n", Files.readString(file));
  }
}
