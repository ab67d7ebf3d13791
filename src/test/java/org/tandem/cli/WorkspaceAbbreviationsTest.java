package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;
import org.tandem.store.Workspace;

/**
 * settings.abbreviations in tandem.json: an abbreviation the rules cut at stops being a cut on the next
 * {@code tandem segment}, and every segment whose text did not change keeps its key, translation and state.
 */
class WorkspaceAbbreviationsTest {
  static final String CHAPTER = "altena-ehrenamt";
  static final String PARAGRAPH =
      "Später kam eine zweite Anlaufstelle im Bez. Dahle hinzu. Termine vergibt das Bürgerbüro.";
  static final Map<String, String> TRANSLATIONS = Map.of(
      "Später kam eine zweite Anlaufstelle im Bez.", "Daha sonra ikinci bir danışma noktası açıldı:",
      "Dahle hinzu.", "Dahle semtinde.",
      "Termine vergibt das Bürgerbüro.", "Randevuları vatandaş bürosu veriyor.");

  @TempDir Path tmp;
  Path ws;

  @BeforeEach
  void sampleWithAParagraphTheRulesCut() throws Exception {
    ws = Workspaces.sample(tmp.resolve("ws"));
    Path md = ws.resolve("chapters/de/altena-ehrenamt.md");
    String text = Files.readString(md);
    int afterFirstParagraph = text.indexOf("\n\n## ") + 1;
    Files.writeString(md,
        text.substring(0, afterFirstParagraph) + "\n" + PARAGRAPH + "\n" + text.substring(afterFirstParagraph));
    CliRun segment = tandem(ws, "segment", CHAPTER);
    assertEquals(0, segment.exit(), segment.toString());
    assertEquals(44 + 3, load().segments().size(), segment.out());
    translateNewSegments();
  }

  @Test
  void anAbbreviationInTandemJsonRemovesTheCutAndKeepsEveryOtherTranslation() throws Exception {
    Map<String, String> before = snapshot();
    assertTrue(before.containsValue(row("Später kam eine zweite Anlaufstelle im Bez.",
        "Daha sonra ikinci bir danışma noktası açıldı:", State.TRANSLATED)), "the rules cut after 'Bez.'");
    Map<String, String> otherChapters = Workspaces.fingerprint(ws.resolve("segments"));
    otherChapters.remove(CHAPTER + ".json");

    setAbbreviations("{\"de\": [\"Bez.\"], \"tr\": [\"Bld.\"]}");
    CliRun segment = tandem(ws, "segment");
    assertEquals(0, segment.exit(), segment.toString());
    assertEquals(44 + 2, load().segments().size(), segment.out());

    Map<String, String> after = snapshot();
    String merged = "Später kam eine zweite Anlaufstelle im Bez. Dahle hinzu.";
    String mergedKey = keyOf(after, merged);
    String mergedRow = after.remove(mergedKey);
    assertFalse(mergedRow.endsWith("[" + State.TRANSLATED.id() + "]"), "not translated yet: " + mergedRow);
    Map<String, String> unchanged = new LinkedHashMap<>(before);
    unchanged.values().removeIf(r -> r.startsWith("Später kam") || r.startsWith("Dahle hinzu."));
    assertEquals(unchanged, after, "every other segment keeps key, source, target and state");

    // the halves' translations are not lost: retired, or carried by the joined sentence for revision
    ChapterSegments store = load();
    String kept = store.retired().stream().map(s -> s.target().markup()).toList() + " " + mergedRow;
    assertTrue(kept.contains("Dahle semtinde."), kept);
    Map<String, String> others = Workspaces.fingerprint(ws.resolve("segments"));
    others.remove(CHAPTER + ".json");
    assertEquals(otherChapters, others, "chapters without the abbreviation are not rewritten");

    CliRun explain = tandem(ws, "segment", "--explain", CHAPTER);
    assertEquals(0, explain.exit(), explain.toString());
    assertTrue(explain.out().contains("rules: rules/segmentation.srx + workspace abbreviations Bez."), explain.out());
    assertTrue(explain.out().contains("no break: workspace abbreviation \"Bez.\" (stops Tail #2)  "
        + "\"…zweite Anlaufstelle im Bez. | Dahle hinzu. Te…\""), explain.out());
  }

  @Test
  void anEntryThatIsNotAnAbbreviationIsAUsageErrorNamingTandemJson() throws Exception {
    setAbbreviations("{\"de\": [\"Bez\"]}");
    Map<String, String> before = Workspaces.fingerprint(ws.resolve("segments"));
    CliRun segment = tandem(ws, "segment");
    assertEquals(2, segment.exit(), segment.toString());
    assertEquals("tandem: tandem.json: settings.abbreviations.de: \"Bez\" is not an abbreviation ending with a period,"
        + " such as \"Bez.\"\n", segment.err());
    assertEquals(before, Workspaces.fingerprint(ws.resolve("segments")));
  }

  @Test
  void brokenWorkspaceRulesAreAUsageErrorNotAnInternalError() throws Exception {
    Files.writeString(ws.resolve("rules/segmentation.srx"), Files.readString(ws.resolve("rules/segmentation.srx"))
        .replace("<beforebreak>\\S</beforebreak>", "<beforebreak>(\\S</beforebreak>"));
    CliRun segment = tandem(ws, "segment");
    assertEquals(2, segment.exit(), segment.toString());
    assertTrue(segment.err().startsWith("tandem: SRX rules in rules/segmentation.srx do not compile for language 'de'"),
        segment.err());
  }

  private void translateNewSegments() {
    Workspace workspace = Workspace.open(ws);
    ChapterSegments store = load();
    List<Segment> segments = store.segments().stream().map(s -> TRANSLATIONS.containsKey(s.source().markup())
        ? s.withTarget(Content.text(TRANSLATIONS.get(s.source().markup())), State.TRANSLATED) : s).toList();
    workspace.save(store.withSegments(segments));
  }

  private ChapterSegments load() {
    Workspace workspace = Workspace.open(ws);
    Chapter chapter = workspace.config().chapter(CHAPTER).orElseThrow();
    return workspace.load(chapter);
  }

  /** Key to "source = target [state]" of every segment of the chapter. */
  private Map<String, String> snapshot() {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Segment s : load().segments()) {
      rows.put(s.key(), row(s.source().markup(), s.target().markup(), s.state()));
    }
    return rows;
  }

  private static String row(String source, String target, State state) {
    return source + " = " + target + " [" + state.id() + "]";
  }

  private static String keyOf(Map<String, String> rows, String source) {
    return rows.entrySet().stream().filter(e -> e.getValue().startsWith(source + " = ")).map(Map.Entry::getKey)
        .findFirst().orElseThrow(() -> new AssertionError("no segment '" + source + "' in " + rows.values()));
  }

  private void setAbbreviations(String json) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode config = (ObjectNode) mapper.readTree(ws.resolve("tandem.json").toFile());
    ((ObjectNode) config.get("settings")).set("abbreviations", mapper.readTree(json));
    mapper.writerWithDefaultPrettyPrinter().writeValue(ws.resolve("tandem.json").toFile(), config);
  }
}
