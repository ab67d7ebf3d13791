package org.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.PartOfSpeech;
import org.tandem.model.TandemException;
import org.tandem.model.Term;
import org.tandem.model.TermMatching;
import org.tandem.model.TermStatus;

/**
 * TBX 2008 and TBX v3: golden files written by the writers, round trips of the golden glossary
 * and the sample workspace's glossary, termbases written by other tools, and bad input.
 */
class TbxTest {
  static final String DIR = "/org/tandem/terms/tbx/";

  static String resource(String name) throws IOException {
    try (InputStream in = TbxTest.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Glossary sample() throws IOException {
    return new GlossaryCsv().parse(resource("sample.csv"), "sample.csv");
  }

  static Glossary read2008(String text) {
    return TbxFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "g.tbx", TbxDialect.V2008);
  }

  static Glossary read3(String text) {
    return TbxFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "g.tbx", TbxDialect.V3);
  }

  @Test
  void writersProduceTheGoldenFiles() throws IOException {
    assertEquals(resource("sample-2008.tbx"), TbxFiles.format(sample(), TbxDialect.V2008));
    assertEquals(resource("sample-v3.tbx"), TbxFiles.format(sample(), TbxDialect.V3));
    assertEquals(resource("sample.csv"), new GlossaryCsv().format(sample()));
  }

  @Test
  void goldenFilesReadBackAsTheGlossaryWithIdsNotesStatusesAndFlags() throws IOException {
    Glossary expected = sample();
    assertEquals(expected, read2008(resource("sample-2008.tbx")));
    assertEquals(expected, read3(resource("sample-v3.tbx")));
    Concept iskur = read3(resource("sample-v3.tbx")).concept("iskur").orElseThrow();
    Term name = iskur.terms(Lang.TR).get(0);
    assertEquals(new Term("İŞKUR", TermStatus.PREFERRED, PartOfSpeech.PROPER_NOUN, true, true, TermMatching.AUTO), name);
    assertFalse(iskur.terms(Lang.TR).get(1).doNotTranslate());
    assertEquals("Keep İŞKUR;\nexplain it at first mention.", iskur.note());
  }

  static Stream<Arguments> writers() {
    return Stream.of(Arguments.of(GlossaryFormat.TBX2008), Arguments.of(GlossaryFormat.TBX3),
        Arguments.of(GlossaryFormat.CSV));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void theSampleWorkspaceGlossaryRoundTrips(GlossaryFormat format, @TempDir Path dir) {
    Glossary glossary = new GlossaryCsv().read(Path.of("glossary/terms.csv"));
    Path file = dir.resolve("terms." + (format == GlossaryFormat.CSV ? "csv" : "tbx"));
    GlossaryFiles.write(glossary, file, format);
    assertEquals(format, GlossaryFiles.detect(file));
    Glossary back = GlossaryFiles.read(file, "terms");
    assertEquals(glossary, back);
    assertEquals(glossary.concepts().stream().map(Concept::id).toList(),
        back.concepts().stream().map(Concept::id).toList(), "concept ids and order kept");
  }

  @Test
  void readsATermbaseFromAnotherTool() throws IOException {
    Glossary g = read2008(resource("foreign-2008.tbx"));
    assertEquals(List.of("c-101", "c-102"), g.concepts().stream().map(Concept::id).toList(),
        "ids kept; an entry with only English terms is skipped");
    Concept c = g.concept("c-101").orElseThrow();
    assertEquals(List.of(new Term("Kommune", TermStatus.PREFERRED, PartOfSpeech.NOUN, false, false, TermMatching.AUTO),
        new Term("Gemeinde", TermStatus.ADMITTED)), c.terms(Lang.DE), "the explicitly preferred term first");
    assertEquals(List.of(new Term("belediye", TermStatus.PREFERRED), new Term("komün", TermStatus.FORBIDDEN)),
        c.terms(Lang.TR), "without a status the first term is preferred; ntig and normativeAuthorization read");
    Concept lager = g.concept("c-102").orElseThrow();
    assertEquals(TermStatus.FORBIDDEN, lager.terms(Lang.DE).get(1).status(), "superseded counts as forbidden");
    assertEquals("Raum für Geflüchtete", lager.note(), "a definition becomes the note");
  }

  @Test
  void readsTbxV3InDctStyle() throws IOException {
    Concept c = read3(resource("foreign-v3-dct.tbx")).concept("ehrenamt").orElseThrow();
    assertEquals(PartOfSpeech.NOUN, c.terms(Lang.DE).get(0).pos());
    assertEquals(List.of("gönüllülük", "gönüllü çalışma", "fahri görev"),
        c.terms(Lang.TR).stream().map(Term::text).toList());
    assertEquals(List.of(TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.FORBIDDEN),
        c.terms(Lang.TR).stream().map(Term::status).toList());
    assertEquals("fahri görev is an honorary office.", c.note());
  }

  @Test
  void detectsTheFormatByContentWhateverTheExtension(@TempDir Path dir) throws IOException {
    Path v3 = dir.resolve("glossary.xml");
    Files.writeString(v3, resource("foreign-v3-dct.tbx"));
    Path v2008 = dir.resolve("glossary.tbx");
    Files.writeString(v2008, resource("foreign-2008.tbx"));
    assertEquals(GlossaryFormat.TBX3, GlossaryFiles.detect(v3));
    assertEquals(GlossaryFormat.TBX2008, GlossaryFiles.detect(v2008));
    assertEquals("ehrenamt", GlossaryFiles.read(v3, "glossary.xml").concepts().get(0).id());
  }

  static Stream<Arguments> errors() {
    String head = "<martif type=\"TBX-Basic\" xml:lang=\"de\"><text><body>\n";
    String tail = "</body></text></martif>\n";
    return Stream.of(
        Arguments.of(head + "<termEntry id=\"a\"><langSet xml:lang=\"de\"><tig><term>A</term></tig></langSet></termEntry>\n"
            + "<termEntry id=\"a\"><langSet xml:lang=\"de\"><tig><term>B</term></tig></langSet></termEntry>\n" + tail,
            3, "the id 'a' is already used on line 2"),
        Arguments.of(head + "<termEntry id=\"a\"><langSet xml:lang=\"de\">\n<tig><term> </term></tig></langSet></termEntry>"
            + tail, 3, "an empty <term>"),
        Arguments.of(head + "<termEntry id=\"a\"><langSet xml:lang=\"tr\"><tig><term>kamp</term></tig>\n<tig><term>Kamp</term>"
            + "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>" + tail,
            2, "both allowed and deprecated"),
        Arguments.of(head + "<termEntry id=\"a\"><langSet xml:lang=\"tr\"><tig><term>kamp</term>\n<termNote "
            + "type=\"administrativeStatus\">maybe</termNote></tig></langSet></termEntry>" + tail, 3,
            "unknown administrative status 'maybe'"),
        Arguments.of("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text/></tbx>", 1, "this is TBX v3, not TBX 2008"),
        Arguments.of("<xliff version=\"1.2\"/>", 1, "not a TBX file"),
        Arguments.of(head + "<termEntry id=\"a\">", 2, "not well-formed"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("errors")
  void reportsBadInputWithItsLine(String text, int line, String message) {
    TandemException e = assertThrows(TandemException.class, () -> read2008(text));
    assertEquals("g.tbx", e.file());
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void neverExpandsOrFetchesEntities() {
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE martif [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;\">]><martif><text><body><termEntry id=\"x\"><langSet xml:lang=\"de\"><tig>"
        + "<term>&c;</term></tig></langSet></termEntry></body></text></martif>";
    assertThrows(TandemException.class, () -> read2008(laughs));
    String external = "<?xml version=\"1.0\"?><!DOCTYPE martif [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><martif><text>"
        + "<body><termEntry id=\"x\"><langSet xml:lang=\"de\"><tig><term>&x;</term></tig></langSet></termEntry></body>"
        + "</text></martif>";
    TandemException e = assertThrows(TandemException.class, () -> read2008(external));
    assertFalse(e.getMessage().contains("root:"), "no file content leaks into messages");
  }

  @Test
  void refusesNestingDeeperThanAnyGlossary() {
    String deep = "<martif>" + "<x>".repeat(200) + "</x>".repeat(200) + "</martif>";
    TandemException e = assertThrows(TandemException.class, () -> read2008(deep));
    assertTrue(e.getMessage().contains("nested"), e.getMessage());
  }
}
