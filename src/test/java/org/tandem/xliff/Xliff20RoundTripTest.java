package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.xliff.XliffSamples.close;
import static org.tandem.xliff.XliffSamples.content;
import static org.tandem.xliff.XliffSamples.open;
import static org.tandem.xliff.XliffSamples.ph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.model.Content;
import org.tandem.model.State;

/**
 * Writing XLIFF 2.0 and reading it back gives the same document, and every file written validates
 * against the OASIS schema and passes tandem's own checks of the standard's rules (unique ids, codes
 * paired by startRef, data references), including awkward code layouts that need sc/ec.
 */
class Xliff20RoundTripTest {
  static XliffDocument roundTrip(XliffDocument doc) throws IOException {
    byte[] xml = Xliff20WriterGoldenTest.write(doc);
    ChapterCollector collector = new ChapterCollector();
    XliffFiles.read(new ByteArrayInputStream(xml), "roundtrip.xlf", XliffFiles.MAX_BYTES, XliffVersion.V2_0,
        new ChapterFileHandler("roundtrip.xlf", collector));
    return collector.document();
  }

  /** The unit as the 2.0 writer promises to keep it: everything but the raw 1.2 state word. */
  static XliffUnit comparable(XliffUnit u) {
    return new XliffUnit(u.id(), u.source(), u.target(), u.state(), u.notes(), null, u.preserveSpace());
  }

  static Stream<String> names() {
    return Stream.concat(XliffSamples.all().keySet().stream(), layouts().keySet().stream());
  }

  static XliffDocument sample(String name) {
    return XliffSamples.all().containsKey(name) ? XliffSamples.all().get(name) : layouts().get(name);
  }

  /** Code layouts that pc alone cannot express. */
  static Map<String, XliffDocument> layouts() {
    Map<String, XliffDocument> all = new LinkedHashMap<>();
    Content nested = content(open(1, "bold", "**"), "a", open(2, "italic", "_"), "b", close(2, "italic", "_"),
        close(1, "bold", "**"));
    all.put("overlapping-target", layout(nested, content(open(1, "bold", "**"), "x", open(2, "italic", "_"), "y",
        close(1, "bold", "**"), "z", close(2, "italic", "_"))));
    all.put("reversed-target", layout(content(open(1, "bold", "**"), "Rat", close(1, "bold", "**")),
        content(close(1, "bold", "**"), "Meclis", open(1, "bold", "**"))));
    all.put("half-pair-in-target", layout(nested, content(open(1, "bold", "**"), "x", open(2, "italic", "_"),
        "y", close(2, "italic", "_"))));
    all.put("repeated-placeholders", layout(content("a", ph(1, "lb", "\\\n"), "b", ph(1, "lb", "\\\n")),
        content(ph(1, "lb", "\\\n"), "c", ph(1, "lb", "\\\n"), ph(7, "", "<br>"))));
    all.put("isolated-both-ways", layout(content("Ende", close(3, "link", "](u)"), " und ", open(3, "link", "[")),
        content(open(3, "link", "["), "son", close(3, "link", "](u)"))));
    all.put("codes-without-data", layout(content(open(1, "", ""), "g", close(1, "", ""), ph(2, "", "")),
        content(ph(2, "", ""), open(1, "", ""), "g", close(1, "", ""))));
    return all;
  }

  private static XliffDocument layout(Content source, Content target) {
    return XliffSamples.doc("layout", List.of(XliffUnit.of("u1", source, target, State.TRANSLATED, List.of())));
  }

  @ParameterizedTest
  @MethodSource("names")
  void readsBackWhatItWrote(String name) throws IOException {
    XliffDocument doc = sample(name);
    XliffDocument back = roundTrip(doc);
    for (int i = 0; i < doc.units().size(); i++) {
      assertEquals(comparable(doc.units().get(i)), comparable(back.units().get(i)), "unit " + doc.units().get(i).id());
    }
    assertEquals(doc.units().size(), back.units().size());
    assertEquals(List.of(doc.original(), doc.chapter(), doc.sourceLang(), doc.targetLang()),
        List.of(back.original(), back.chapter(), back.sourceLang(), back.targetLang()));
  }

  @ParameterizedTest
  @MethodSource("names")
  void validatesAgainstTheOasisSchema(String name) throws IOException {
    byte[] xml = Xliff20WriterGoldenTest.write(sample(name));
    assertDoesNotThrow(() -> CoreSchema20.validate(xml), () -> new String(xml, StandardCharsets.UTF_8));
  }

  @Test
  void writesScEcWhereAPairCannotBeAPc() throws IOException {
    String xml = new String(Xliff20WriterGoldenTest.write(layouts().get("overlapping-target")), StandardCharsets.UTF_8);
    assertTrue(xml.contains("<source><sc id=\"1\" dataRef=\"d1\" type=\"fmt\" subType=\"xlf:b\"/>a<pc id=\"2\""), xml);
    assertTrue(xml.contains("<pc id=\"2\" dataRefStart=\"d2\" dataRefEnd=\"d2\" type=\"fmt\" subType=\"xlf:i\">y<ec startRef=\"1\""), xml);
    String reversed = new String(Xliff20WriterGoldenTest.write(layouts().get("reversed-target")), StandardCharsets.UTF_8);
    assertTrue(reversed.contains("<target><ec id=\"1_2\" isolated=\"yes\""), reversed);
    assertTrue(reversed.contains("Meclis<sc id=\"1\" isolated=\"yes\""), reversed);
  }

  @Test
  void keepsCharactersXmlCannotHoldAsCodePoints() throws IOException {
    XliffUnit unit = roundTrip(XliffSamples.all().get("characters")).units().stream()
        .filter(u -> u.id().equals("controls")).findFirst().orElseThrow();
    assertEquals("NUL\u0000 BEL\u0007 FF\u000c lone\ud800 FFFE\ufffe", unit.source().plainText());
    assertEquals("Ende\u0001{1/}", unit.target().markup());
  }

  @Test
  void readsAFileFromDisk(@TempDir Path dir) throws IOException {
    XliffDocument doc = XliffSamples.all().get("codes");
    Path file = dir.resolve("codes.xlf");
    Files.write(file, Xliff20WriterGoldenTest.write(doc));
    XliffDocument back = XliffFiles.read(file);
    assertEquals(doc.units().stream().map(Xliff20RoundTripTest::comparable).toList(),
        back.units().stream().map(Xliff20RoundTripTest::comparable).toList());
  }
}
