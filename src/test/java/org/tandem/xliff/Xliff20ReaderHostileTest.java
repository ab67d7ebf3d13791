package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.xliff.Xliff20ReaderToleranceTest.xliff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.TandemException;

/**
 * Malicious, broken and wrong XLIFF (2.0 here; 1.2 in {@link Xliff12ReaderHostileTest}) is refused
 * with a message naming file, line and unit, before anything it refers to is read.
 */
class Xliff20ReaderHostileTest {
  @TempDir Path tmp;

  private static TandemException refused(byte[] bytes, long maxBytes) {
    return assertThrows(TandemException.class, () -> XliffFiles.read(new ByteArrayInputStream(bytes), "in.xlf",
        maxBytes, null, new XliffBundle.Collector()));
  }

  private static TandemException refused(String xml) {
    return refused(xml.getBytes(StandardCharsets.UTF_8), XliffFiles.MAX_BYTES);
  }

  private static void assertMessage(TandemException e, int line, String... parts) {
    assertEquals("in.xlf", e.file());
    assertEquals(line, e.line(), e.located());
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), e.located());
    }
  }

  private static String unit(String body) {
    return "<unit id=\"s1\"><segment><source>" + body + "</source></segment></unit>";
  }

  /** A file whose text a successful attack would show: it must never appear in any message. */
  private Path secret() throws IOException {
    return Files.writeString(tmp.resolve("secret.txt"), "GEHEIM-Kennwort-4711");
  }

  @Test
  void refusesExternalEntitiesWithoutReadingThem() throws IOException {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY e SYSTEM \"" + secret().toUri() + "\">]>\n"
        + xliff(unit("&e;")).replaceFirst("<\\?xml[^>]*>\n", "");
    TandemException e = refused(xml);
    assertMessage(e, 2, "must not contain a DTD or entity declarations");
    assertFalse(e.located().contains("GEHEIM"));
  }

  @Test
  void refusesBillionLaughsAndQuadraticBlowUp() {
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n <!ENTITY l0 \"ha\">\n");
    for (int i = 1; i < 10; i++) {
      laughs.append(" <!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    assertMessage(refused(laughs + "]>\n" + xliff(unit("&l9;"))), 2, "must not contain a DTD");
    String big = "Stadt".repeat(20_000);
    String quadratic = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY b \"" + big + "\">]>\n"
        + xliff(unit("&b;".repeat(20_000)));
    assertMessage(refused(quadratic), 2, "must not contain a DTD");
  }

  @Test
  void refusesExternalDtdAndParameterEntities() throws IOException {
    assertMessage(refused("<!DOCTYPE xliff SYSTEM \"http://example.org/xliff.dtd\">\n" + xliff(unit("x"))),
        1, "must not contain a DTD");
    String parameter = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n<!ENTITY % p SYSTEM \"" + secret().toUri()
        + "\">\n%p;\n]>\n" + xliff(unit("x"));
    TandemException e = refused(parameter);
    assertMessage(e, 2, "must not contain a DTD");
    assertFalse(e.located().contains("GEHEIM"));
  }

  @Test
  void refusesXInclude() throws IOException {
    String include = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secret().toUri()
        + "\" parse=\"text\"/>";
    TandemException inText = refused(xliff(unit("Vorher " + include)));
    assertTrue(inText.getMessage().contains("must not use XInclude"), inText.located());
    assertFalse(inText.located().contains("GEHEIM"));
    TandemException inFile = refused(xliff(include + unit("x")));
    assertTrue(inFile.getMessage().contains("XInclude"), inFile.located());
  }

  @Test
  void refusesInputOverTheSizeLimit() {
    TandemException e = refused(xliff(unit("x".repeat(10_000))).getBytes(StandardCharsets.UTF_8), 5_000);
    assertTrue(e.getMessage().contains("larger than 5000 bytes"), e.located());
  }

  @Test
  void refusesEmptyTruncatedAndNonUtf8Files() {
    assertMessage(refused(""), 1, "it is empty");
    String full = xliff(unit("Der Rat tagt."));
    assertMessage(refused(full.substring(0, full.indexOf("</source>"))), 4, "cut off");
    String german = xliff(unit("Grüße aus Düsseldorf")).replace(" encoding=\"UTF-8\"", "");
    TandemException latin1 = refused(german.getBytes(StandardCharsets.ISO_8859_1), XliffFiles.MAX_BYTES);
    assertTrue(latin1.getMessage().contains("not UTF-8"), latin1.located());
    assertTrue(latin1.getMessage().contains("encoding=\"windows-1254\""), "says how to fix it: " + latin1.located());
    assertEquals(4, latin1.line());
  }

  @Test
  void readsAFileThatDeclaresItsEncoding() {
    String turkish = xliff(unit("Şişli'de ılık bir gün")).replace("UTF-8", "ISO-8859-9");
    XliffBundle.Collector collector = new XliffBundle.Collector();
    XliffFiles.read(new ByteArrayInputStream(turkish.getBytes(Charset.forName("ISO-8859-9"))), "in.xlf",
        XliffFiles.MAX_BYTES, null, collector);
    assertEquals("Şişli'de ılık bir gün", collector.bundle("in.xlf", XliffVersion.V2_0).units().get(0)
        .source().plainText());
  }

  @Test
  void refusesAWrongNamespaceOrVersion() {
    assertMessage(refused("<xliff version=\"2.0\" srcLang=\"de\"><file id=\"a\"/></xliff>"), 1,
        "not in the XLIFF 2 namespace");
    assertMessage(refused("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"de\"/>"), 1,
        "no version attribute");
    assertMessage(refused("<xliff version=\"3.0\"/>"), 1, "version '3.0' is not supported");
  }

  @Test
  void refusesXliff12ElementsInAnXliff2File() {
    TandemException e = refused(xliff("<trans-unit id=\"s1\"><source>x</source></trans-unit>"));
    assertMessage(e, 4, "<trans-unit> may not stand inside <file>");
  }

  @Test
  void refusesDuplicateUnitsAndUnitsWithoutSegments() {
    TandemException twice = refused(xliff(unit("a") + "\n" + unit("b")));
    assertMessage(twice, 5, "appears twice", "first at line 4");
    assertEquals("s1", twice.unit());
    TandemException empty = refused(xliff("<unit id=\"s1\"><notes><note>x</note></notes></unit>"));
    assertMessage(empty, 4, "no <segment>");
  }

  @Test
  void namesTheUnitAndLineOfABrokenCode() {
    TandemException e = refused(xliff("<unit id=\"s7\">\n<segment>\n<source>a <ec startRef=\"1\"/></source>"
        + "</segment></unit>"));
    assertMessage(e, 6, "<ec startRef=\"1\">", "an end code must follow its start code");
    assertEquals("s7", e.unit());
  }
}
