package org.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.TandemException;

class SegmentStoreJsonTest {
  static final List<Code> CODES = List.of(new Code(1, CodeKind.OPEN, "bold", "**"),
      new Code(1, CodeKind.CLOSE, "bold", "**"));
  static final Segment TRANSLATED = new Segment("s1", 1,
      Content.parse("Die {1}Kommune{/1} {{hilft}.", CODES), Content.parse("{1}Belediye{/1} yardım ediyor.", CODES),
      State.REVIEWED);
  static final Segment UNTRANSLATED = Segment.untranslated("s2", 2, Content.text("İSTANBUL, Straße\u00a0ß"));

  @Test
  void writesTheDocumentedDeterministicForm() {
    String json = SegmentStoreJson.write(new ChapterSegments("ch", 3, List.of(TRANSLATED, UNTRANSLATED), List.of()));
    assertEquals("""
        {
          "chapter" : "ch",
          "nextKey" : 3,
          "segments" : [
            {
              "key" : "s1",
              "para" : 1,
              "state" : "reviewed",
              "hash" : "%s",
              "source" : "Die {1}Kommune{/1} {{hilft}.",
              "codes" : [
                {
                  "id" : 1,
                  "kind" : "open",
                  "type" : "bold",
                  "data" : "**"
                },
                {
                  "id" : 1,
                  "kind" : "close",
                  "type" : "bold",
                  "data" : "**"
                }
              ],
              "target" : "{1}Belediye{/1} yardım ediyor."
            },
            {
              "key" : "s2",
              "para" : 2,
              "state" : "new",
              "hash" : "%s",
              "source" : "İSTANBUL, Straße\u00a0ß"
            }
          ]
        }
        """.formatted(TRANSLATED.sourceHash(), UNTRANSLATED.sourceHash()), json);
  }

  @Test
  void readingAndWritingAgainGivesTheSameBytes() {
    Segment edited = new Segment("s3", 3, Content.text("Neu."), Content.text("Eski."), State.NEEDS_UPDATE,
        Content.parse("{1}Alt{/1}.", CODES), "tm", List.of(new org.tandem.model.Waiver("term-missing", "kommune",
            "Kirchengemeinde is a parish here")));
    ChapterSegments store = new ChapterSegments("ch", 7, List.of(TRANSLATED, UNTRANSLATED, edited),
        List.of(TRANSLATED));
    String json = SegmentStoreJson.write(store);
    ChapterSegments read = SegmentStoreJson.read(json, "segments/ch.json");
    assertEquals(store, read);
    assertEquals(json, SegmentStoreJson.write(read));
  }

  @Test
  void brokenJsonNamesFileAndLine() {
    TandemException e = assertThrows(TandemException.class,
        () -> SegmentStoreJson.read("{\n  \"chapter\": \"ch\",\n  \"segments\": [\n", "segments/ch.json"));
    assertTrue(e.located().startsWith("segments/ch.json:4: the segment file is not valid JSON"), e.located());
  }

  @Test
  void aTargetWithAnUnknownCodeNamesTheSegment() {
    String json = "{\"chapter\":\"ch\",\"segments\":[{\"key\":\"s9\",\"source\":\"a\",\"target\":\"{1}b\",\"state\":\"translated\"}]}";
    TandemException e = assertThrows(TandemException.class, () -> SegmentStoreJson.read(json, "x.json"));
    assertTrue(e.located().startsWith("x.json:1: unit s9: broken segment: unknown inline code {1}"), e.located());
  }

  @Test
  void atomicWriteReplacesTheFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("segments/ch.json");
    AtomicFiles.write(file, "old\n");
    AtomicFiles.write(file, "new\n");
    assertEquals("new\n", Files.readString(file));
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList());
    }
  }
}
