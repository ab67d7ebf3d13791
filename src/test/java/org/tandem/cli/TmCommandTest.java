package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;
import org.tandem.store.SegmentStoreJson;
import org.tandem.tm.TmUnit;
import org.tandem.tm.TmxDtd;
import org.tandem.tm.TmxReader;

/** {@code tandem tm export} and {@code tandem tm import}: TMX out of one workspace and into another. */
class TmCommandTest {
  static final String HEADING = "Wohnungen statt Sammelunterkunft";
  static final String AFTER_HEADING = "Statt eine Gemeinschaftsunterkunft zu eröffnen, mietete die Stadt leer stehende"
      + " Wohnungen in der Innenstadt und in den Ortsteilen an.";
  static final String KNOWN = "Für eine Gemeinde dieser Größe war das ein Wagnis.";
  static final String OWN = "Auch die Vermieter profitierten, denn Wohnungen, die jahrelang leer gestanden hatten,"
      + " wurden wieder bewohnt.";

  @TempDir Path tmp;
  Path sample;
  Path other;

  @BeforeEach
  void workspaces() throws Exception {
    sample = Workspaces.sample(tmp.resolve("sample"));
    other = tmp.resolve("other");
    assertEquals(0, tandem(null, "init", other.toString(), "--name", "Anderes Buch").exit());
    Path md = tmp.resolve("kapitel.md");
    Files.writeString(md, "# " + HEADING + "\n\n" + AFTER_HEADING + " " + KNOWN + " " + OWN
        + " Dieser Satz ist in keinem Gedächtnis.\n\n## " + HEADING + "\n\nGanz anderer Zusammenhang hier.\n");
    CliRun add = tandem(other, "add", md.toString(), "--lang", "de");
    assertEquals(0, add.exit(), add.toString());
  }

  ChapterSegments store(Path ws, String chapter) throws Exception {
    return SegmentStoreJson.read(Files.readString(ws.resolve("segments/" + chapter + ".json")), chapter);
  }

  Segment bySource(ChapterSegments store, String source, int nth) {
    return store.segments().stream().filter(s -> s.source().markup().equals(source)).skip(nth).findFirst().orElseThrow();
  }

  @Test
  void exportWritesEveryTranslationOnceAsValidTmx() throws Exception {
    Path tmx = tmp.resolve("alles.tmx");
    CliRun export = tandem(sample, "tm", "export", tmx.toString());
    assertEquals(0, export.exit(), export.toString());
    List<TmUnit> units = new TmxReader().read(tmx, "alles.tmx").units();
    assertEquals(tmx + ": " + units.size() + " translation units\n", export.out());
    assertTrue(units.size() > 150, "the sample's translated, reviewed and partial chapters: " + units.size());
    assertEquals(List.of(), TmxDtd.errors(Files.readAllBytes(tmx)));
    assertTrue(units.stream().anyMatch(u -> u.source().plainText().equals(KNOWN) && u.state() == State.REVIEWED));
    assertTrue(units.stream().anyMatch(u -> u.sourceLang().code().equals("tr")), "Turkish chapters go tr -> de");
    assertEquals(units.size(), new HashSet<>(units.stream().map(u -> u.source().markup() + "|" + u.target().markup())
        .toList()).size(), "each translation once");
  }

  @Test
  void importKeepsTheFilePreFillsUntranslatedSegmentsAndNeverOverwrites() throws Exception {
    ChapterSegments before = store(other, "kapitel");
    Segment own = bySource(before, OWN, 0);
    List<Segment> translated = before.segments().stream().map(s -> s == own
        ? s.withTarget(Content.text("Ev sahipleri de kazançlı çıktı."), State.REVIEWED) : s).toList();
    Files.writeString(other.resolve("segments/kapitel.json"), SegmentStoreJson.write(before.withSegments(translated)));
    Path tmx = tmp.resolve("altena.tmx");
    assertEquals(0, tandem(sample, "tm", "export", tmx.toString()).exit());

    CliRun imported = tandem(other, "tm", "import", tmx.toString());
    assertEquals(0, imported.exit(), imported.toString());
    assertTrue(imported.out().contains(", kept as tm/altena.tmx\n"), imported.out());
    assertTrue(imported.out().contains("kapitel                             3 segments pre-filled from the memory,"
        + " 3 still untranslated"), imported.out());
    assertTrue(Files.isRegularFile(other.resolve("tm/altena.tmx")));

    ChapterSegments after = store(other, "kapitel");
    Segment known = bySource(after, KNOWN, 0);
    assertEquals(State.TRANSLATED, known.state());
    assertEquals("tm", known.origin());
    assertEquals("Bu ölçekte bir belediye için bu, riskli bir adımdı.", known.target().markup());
    assertEquals("Ev sahipleri de kazançlı çıktı.", bySource(after, OWN, 0).target().markup(), "never overwritten");
    assertEquals(State.REVIEWED, bySource(after, OWN, 0).state());
    assertTrue(bySource(after, HEADING, 0).hasTarget(), "the short heading stands before the same sentence");
    assertFalse(bySource(after, HEADING, 1).hasTarget(), "the same heading elsewhere needs a translator");
    assertEquals(State.NEW, bySource(after, "Dieser Satz ist in keinem Gedächtnis.", 0).state());
  }

  @Test
  void exportAndImportRoundTrip() throws Exception {
    Path first = tmp.resolve("first.tmx");
    assertEquals(0, tandem(sample, "tm", "export", first.toString()).exit());
    assertEquals(0, tandem(other, "tm", "import", "--no-prefill", first.toString()).exit());
    Path second = tmp.resolve("second.tmx");
    CliRun export = tandem(other, "tm", "export", second.toString(), "--with-references");
    assertEquals(0, export.exit(), export.toString());
    assertEquals(pairs(first), pairs(second));
  }

  @Test
  void laterSegmentationUsesTheImportedMemory() throws Exception {
    Path tmx = tmp.resolve("altena.tmx");
    assertEquals(0, tandem(sample, "tm", "export", tmx.toString()).exit());
    assertEquals(0, tandem(other, "tm", "import", "--no-prefill", tmx.toString()).exit());
    Path md = tmp.resolve("zwei.md");
    Files.writeString(md, "# Zweites Kapitel\n\n" + KNOWN + "\n");
    assertEquals(0, tandem(other, "add", md.toString(), "--lang", "de").exit());
    Segment known = bySource(store(other, "zwei"), KNOWN, 0);
    assertEquals("tm", known.origin());
    assertEquals(State.TRANSLATED, known.state());
  }

  @Test
  void anUnreadableFileIsRefusedAndNotKept() throws Exception {
    Path broken = tmp.resolve("kaputt.tmx");
    Files.writeString(broken, "<tmx version=\"1.4\"><body><tu>");
    CliRun r = tandem(other, "tm", "import", broken.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().startsWith("tandem: " + broken + ":"), r.err());
    assertTrue(r.err().contains("not well-formed"), r.err());
    assertFalse(Files.exists(other.resolve("tm/kaputt.tmx")));
    Path english = tmp.resolve("en.tmx");
    Files.writeString(english, "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Hi"
        + "</seg></tuv><tuv xml:lang=\"fr\"><seg>Salut</seg></tuv></tu></body></tmx>");
    CliRun none = tandem(other, "tm", "import", english.toString());
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("no German–Turkish translation units (1 units in other languages)"), none.err());
  }

  @Test
  void tmWithoutSubcommandShowsItsUsage() {
    CliRun r = tandem(null, "tm");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("export") && r.out().contains("import"), r.out());
  }

  static Set<String> pairs(Path tmx) {
    Set<String> pairs = new HashSet<>();
    for (TmUnit u : new TmxReader().read(tmx, tmx.toString()).units()) {
      pairs.add(u.sourceLang() + "|" + u.source().markup() + "|" + u.target().markup());
    }
    return pairs;
  }
}
