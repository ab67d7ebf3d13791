package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;
import org.tandem.store.SegmentStoreJson;
import org.tandem.xliff.StrictSchema;

/**
 * The "done when", on a copy of the sample workspace: a reviewed chapter gets a paragraph
 * inserted before everything, a sentence edited, a paragraph moved, a sentence deleted and a
 * sentence split; {@code segment} keeps every translation whose source survives, marks the edited
 * ones needs-update, {@code diff} and the exported XLIFF show the old text, and the deleted
 * sentence's translation comes back when the sentence does.
 */
class SourceEditScenarioTest {
  static final String CHAPTER = "chapters/de/altena-ehrenamt.md";
  static final String EDITED = "Für eine Gemeinde dieser Größe war das ein Wagnis.";
  static final String DELETED = "Die Kinder besuchten von Beginn an die Kitas und Schulen im eigenen Viertel.";
  static final String SPLIT = "Seit den 1970er-Jahren hat die Stadt fast die Hälfte ihrer Einwohnerinnen und Einwohner"
      + " verloren, und in der Innenstadt stehen viele Wohnungen leer.";
  static final String MOVED = "Renate Böhm, eine pensionierte Grundschullehrerin, begleitet seit 2016 eine syrische Familie.";

  @TempDir Path tmp;
  Path ws;

  @BeforeEach
  void copySample() throws Exception {
    ws = Workspaces.sample(tmp.resolve("ws"));
  }

  ChapterSegments stored() throws Exception {
    return SegmentStoreJson.read(Files.readString(ws.resolve("segments/altena-ehrenamt.json")), "altena");
  }

  void edit(String from, String to) throws Exception {
    Path file = ws.resolve(CHAPTER);
    String text = Files.readString(file);
    assertTrue(text.contains(from), from);
    Files.writeString(file, text.replace(from, to));
  }

  void scriptedEdits() throws Exception {
    edit("# Altena und die Kraft des Ehrenamts\n\n", "# Altena und die Kraft des Ehrenamts\n\n"
        + "Dieses Kapitel beruht auf Gesprächen mit Ehrenamtlichen und mit der Stadtverwaltung.\n\n");
    edit(EDITED, "Für eine Gemeinde dieser Größe war das ein großes Wagnis.");
    edit(MOVED + "\n\n", "");
    Files.writeString(ws.resolve(CHAPTER), Files.readString(ws.resolve(CHAPTER)) + "\n" + MOVED + "\n");
    edit(DELETED + " ", "");
    edit(SPLIT, "Seit den 1970er-Jahren hat die Stadt fast die Hälfte ihrer Einwohnerinnen und Einwohner verloren."
        + " In der Innenstadt stehen viele Wohnungen leer.");
  }

  @Test
  void segmentKeepsEveryTranslationAndMarksEditsThatDiffAndExportShow() throws Exception {
    ChapterSegments before = stored();
    scriptedEdits();
    CliRun segment = tandem(ws, "segment", "altena-ehrenamt");
    assertEquals(0, segment.exit(), segment.toString());
    assertTrue(segment.out().contains("altena-ehrenamt                    45 segments: 40 kept, 1 moved, 2 edited,"
        + " 2 added, 1 retired"), segment.out());
    assertTrue(segment.out().contains("2 segments need an update; 'tandem diff' shows what changed."), segment.out());

    ChapterSegments after = stored();
    Map<String, Segment> bySource = new HashMap<>();
    after.segments().forEach(s -> bySource.put(s.source().markup(), s));
    int kept = 0;
    for (Segment old : before.segments()) {
      Segment now = bySource.get(old.source().markup());
      if (now != null) {
        assertEquals(old.withPara(now.para()), now, "a surviving source keeps key, translation and state");
        kept++;
      }
    }
    assertEquals(41, kept, "44 segments less the edited, split and deleted ones");
    Segment edited = byKey(after, keyOf(before, EDITED));
    assertEquals(State.NEEDS_UPDATE, edited.state());
    assertEquals(EDITED, edited.previousSource().markup());
    assertEquals(byKey(before, edited.key()).target(), edited.target());
    Segment split = byKey(after, keyOf(before, SPLIT));
    assertEquals(State.NEEDS_UPDATE, split.state());
    assertEquals(SPLIT, split.previousSource().markup());
    assertTrue(after.retired().stream().anyMatch(s -> s.source().markup().equals(DELETED) && s.hasTarget()));

    CliRun diff = tandem(ws, "diff", "altena-ehrenamt");
    assertEquals(0, diff.exit(), diff.toString());
    assertTrue(diff.out().contains("altena-ehrenamt " + edited.key() + " (paragraph 3): the source changed\n"
        + "  old source:  " + EDITED + "\n"
        + "  new source:  Für eine Gemeinde dieser Größe war das ein {+großes+} Wagnis.\n"
        + "  translation: " + edited.target().markup() + "\n"), diff.out());
    assertTrue(diff.out().contains("  old source:  Seit den 1970er-Jahren hat die Stadt fast die Hälfte ihrer"
        + " Einwohnerinnen und Einwohner verloren[-, und in der Innenstadt stehen viele Wohnungen leer-]."), diff.out());
    assertTrue(diff.out().endsWith("2 segments to revise; translate them in an export, or import the revised XLIFF.\n"),
        diff.out());
    assertEquals(1, tandem(ws, "diff", "--exit-code").exit());

    CliRun status = tandem(ws, "status", "altena-ehrenamt", "--json");
    assertTrue(status.out().contains("\"needs-update\" : 2"), status.out());

    CliRun export = tandem(ws, "export", "altena-ehrenamt", "-o", tmp.resolve("out").toString());
    assertEquals(0, export.exit(), export.toString());
    byte[] xlf = Files.readAllBytes(tmp.resolve("out/altena-ehrenamt.de-tr.xlf"));
    StrictSchema.validate(xlf);
    String xml = new String(xlf, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(xml.contains("<target state=\"needs-review-translation\">" + edited.target().markup() + "</target>"), xml);
    assertTrue(xml.contains("<note>The source changed since this was translated; the translation was made for: "
        + EDITED + "</note>"), xml);
    assertTrue(xml.contains("<alt-trans match-quality=\"90\" origin=\"altena-ehrenamt/" + edited.key()
        + "\" alttranstype=\"previous-version\">\n          <source>" + EDITED + "</source>\n          <target>"
        + edited.target().markup() + "</target>"), xml);
  }

  @Test
  void aDeletedSentenceComesBackWithItsTranslationFromTheMemory() throws Exception {
    String oldKey = keyOf(stored(), DELETED);
    String translation = byKey(stored(), oldKey).target().markup();
    edit(DELETED + " ", "");
    assertEquals(0, tandem(ws, "segment", "altena-ehrenamt").exit());
    edit("Tür an Tür mit ihren neuen Nachbarinnen und Nachbarn. ",
        "Tür an Tür mit ihren neuen Nachbarinnen und Nachbarn. " + DELETED + " ");
    CliRun again = tandem(ws, "segment", "altena-ehrenamt");
    assertTrue(again.out().contains("1 added (1 pre-filled from the memory), 0 retired"), again.out());
    Segment back = stored().segments().stream().filter(s -> s.source().markup().equals(DELETED)).findFirst().get();
    assertEquals(translation, back.target().markup());
    assertEquals(State.TRANSLATED, back.state(), "leveraged, never reviewed");
    assertEquals("tm", back.origin());
    assertNull(back.previousSource());
    assertFalse(back.key().equals(oldKey), "keys are never reused");
  }

  @Test
  void exportOffersFuzzyMatchesAndARevisedTranslationIsTranslatedAgain() throws Exception {
    String similar = "Die Kinder besuchten von Beginn an die Kitas im eigenen Viertel.";
    edit(DELETED + " ", DELETED + " " + similar + " ");
    edit(EDITED, "Für eine Gemeinde dieser Größe war das ein großes Wagnis.");
    assertEquals(0, tandem(ws, "segment", "altena-ehrenamt").exit());
    String editedKey = keyOf(stored(), "Für eine Gemeinde dieser Größe war das ein großes Wagnis.");
    Path out = tmp.resolve("out");
    assertEquals(0, tandem(ws, "export", "altena-ehrenamt", "--state", "new,needs-update", "-o", out.toString()).exit());
    Path xlf = out.resolve("altena-ehrenamt.de-tr.xlf");
    String xml = Files.readString(xlf);
    StrictSchema.validate(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(xml.contains("<source>" + similar + "</source>"), xml);
    assertTrue(xml.contains("<alt-trans match-quality=\"84\" origin=\"altena-ehrenamt/" + keyOf(stored(), DELETED)
        + "\">\n          <source>" + DELETED + "</source>"), xml);

    String revised = "Bu ölçekte bir belediye için bu, çok riskli bir adımdı.";
    String old = byKey(stored(), editedKey).target().markup();
    Files.writeString(xlf, xml.replace("<target state=\"needs-review-translation\">" + old + "</target>",
        "<target state=\"needs-review-translation\">" + revised + "</target>"));
    CliRun imported = tandem(ws, "import", xlf.toString());
    assertEquals(0, imported.exit(), imported.toString());
    Segment now = byKey(stored(), editedKey);
    assertEquals(revised, now.target().markup());
    assertEquals(State.TRANSLATED, now.state(), "a revised outdated translation is translated");
    assertNull(now.previousSource());
    assertEquals("No segment needs an update.\n", tandem(ws, "diff").out());
  }

  @Test
  void diffSaysWhenNothingNeedsAnUpdate() {
    CliRun diff = tandem(ws, "diff");
    assertEquals(0, diff.exit(), diff.toString());
    assertEquals("No segment needs an update.\n", diff.out());
    assertEquals(0, tandem(ws, "diff", "--exit-code").exit());
  }

  static Segment byKey(ChapterSegments store, String key) {
    return store.segments().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  static String keyOf(ChapterSegments store, String source) {
    List<Segment> all = new java.util.ArrayList<>(store.segments());
    all.addAll(store.retired());
    return all.stream().filter(s -> s.source().markup().equals(source)).findFirst().orElseThrow().key();
  }
}
