package org.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;
import org.tandem.model.Term;
import org.tandem.model.TermStatus;

class GlossaryCsvTest {
  final GlossaryCsv csv = new GlossaryCsv();

  @Test
  void readsTermsStatusesAndNotes() {
    Glossary g = csv.parse("id,de,tr,note\nkommune, Kommune | Gemeinde ,belediye|!komün,\"false friend, see note\"\n",
        "g.csv");
    Concept c = g.concept("kommune").orElseThrow();
    assertEquals(List.of(new Term("Kommune", TermStatus.PREFERRED), new Term("Gemeinde", TermStatus.ADMITTED)),
        c.terms(Lang.DE));
    assertEquals(List.of(new Term("belediye", TermStatus.PREFERRED), new Term("komün", TermStatus.FORBIDDEN)),
        c.terms(Lang.TR));
    assertEquals("false friend, see note", c.note());
  }

  @Test
  void acceptsBomCrlfAnyColumnOrderNoNoteAndQuotedLineBreaks() {
    Glossary g = csv.parse("\uFEFFtr,id,de\r\n\"a \"\"b\"\"\",x,\"Zeile\neins\"\r\n\r\nc,y,d\r\n", "g.csv");
    assertEquals(2, g.size());
    assertEquals("a \"b\"", g.concept("x").orElseThrow().preferred(Lang.TR).text());
    assertEquals("Zeile\neins", g.concept("x").orElseThrow().preferred(Lang.DE).text());
    assertEquals("", g.concept("y").orElseThrow().note());
  }

  @Test
  void acceptsACellOfForbiddenTermsOnlyAndAnEmptyCell() {
    Glossary g = csv.parse("id,de,tr\nlager,!Lager,!kamp\nname,Jobcenter,\n", "g.csv");
    Concept lager = g.concept("lager").orElseThrow();
    assertNull(lager.preferred(Lang.TR));
    assertEquals(TermStatus.FORBIDDEN, lager.terms(Lang.DE).get(0).status());
    assertTrue(g.concept("name").orElseThrow().terms(Lang.TR).isEmpty());
  }

  @Test
  void normalisesToNfc() {
    Glossary g = csv.parse("id,de,tr\nx,Geflu\u0308chtete,mülteci\n", "g.csv");
    assertEquals("Geflüchtete", g.concept("x").orElseThrow().preferred(Lang.DE).text());
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("id,de,tr\na,x,y\na,z,w\n", 3, "already used on line 2"),
        Arguments.of("id,de,tr\n ,x,y\n", 2, "the id is empty"),
        Arguments.of("id,de,tr\na,x||z,y\n", 2, "an empty term in column de"),
        Arguments.of("id,de,tr\na,x|,y\n", 2, "an empty term in column de"),
        Arguments.of("id,de,tr\na,x,y|!\n", 2, "a '!' without a term in column tr"),
        Arguments.of("id,de,tr\na,x,belediye|!Belediye\n", 2, "both allowed and forbidden"),
        Arguments.of("id,de,tr\na,x|x,y\n", 2, "listed twice"),
        Arguments.of("id,de,tr\nb,x,y\na,\"x,y\n", 3, "never closed"),
        Arguments.of("id,de,tr\na,x,y,z\n", 2, "this row has 4 fields but the header has 3"),
        Arguments.of("id,de,tr,note\na,x,y\n", 2, "this row has 3 fields but the header has 4"),
        Arguments.of("id,de,tr\na,x \"y\",z\n", 2, "a quote (\") inside a field"),
        Arguments.of("id,de,tr\na,\"x\"y,z\n", 2, "unexpected text after a closing quote"),
        Arguments.of("id,de,tr\na,,\n", 2, "has no terms"),
        Arguments.of("id,de,tr,en\n", 1, "unknown column 'en'"),
        Arguments.of("id,de\n", 1, "no column 'tr'"),
        Arguments.of("id,de,de,tr\n", 1, "appears twice"),
        Arguments.of("", 1, "the glossary is empty"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("errors")
  void reportsErrorsWithTheirLine(String text, int line, String message) {
    TandemException e = assertThrows(TandemException.class, () -> csv.parse(text, "g.csv"));
    assertEquals("g.csv", e.file());
    assertEquals(line, e.line());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void namesTheLineOfBytesThatAreNotUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.csv");
    byte[] latin1 = "id,de,tr\na,x,y\nb,Gr\u00fc\u00dfe,z\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, latin1);
    TandemException e = assertThrows(TandemException.class, () -> csv.read(file));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("not UTF-8"));
  }

  @Test
  void reportsAMissingFile(@TempDir Path dir) {
    TandemException e = assertThrows(TandemException.class, () -> csv.read(dir.resolve("none.csv")));
    assertTrue(e.getMessage().startsWith("cannot read the glossary"));
  }

  @Test
  void writesAndReadsBackTheSameGlossary(@TempDir Path dir) throws IOException {
    Glossary g = new Glossary(List.of(
        new Concept("a", Map.of(Lang.DE, List.of(new Term("Kommune", TermStatus.PREFERRED),
            new Term("Gemeinde", TermStatus.ADMITTED)), Lang.TR, List.of(new Term("belediye", TermStatus.PREFERRED),
            new Term("komün", TermStatus.FORBIDDEN))), "note with \"quotes\", commas\nand a line break"),
        new Concept("b", Map.of(Lang.DE, List.of(new Term("Lager", TermStatus.FORBIDDEN))), "")));
    Path file = dir.resolve("terms.csv");
    csv.write(g, file);
    assertEquals(g, csv.read(file));
    csv.write(g, file);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
    }
    assertTrue(Files.readString(file).startsWith("id,de,tr,note\na,Kommune|Gemeinde,belediye|!komün,\"note"));
  }
}
