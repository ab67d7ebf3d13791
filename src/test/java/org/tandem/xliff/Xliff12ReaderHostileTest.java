package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.xliff.Xliff12ReaderToleranceTest.xliff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.TandemException;

/** Malicious, broken and wrong input is refused with a message that names file, line and unit. */
class Xliff12ReaderHostileTest {
  private static TandemException refused(String xml) {
    return refused(new Xliff12Reader(), xml);
  }

  private static TandemException refused(Xliff12Reader reader, String xml) {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    return assertThrows(TandemException.class, () -> reader.read(new ByteArrayInputStream(bytes), "in.xlf"));
  }

  private static void assertMessage(TandemException e, int line, String... parts) {
    assertEquals("in.xlf", e.file());
    assertEquals(line, e.line(), e.located());
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), e.located());
    }
  }

  @Test
  void refusesExternalEntities() {
    TandemException e = refused("<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE xliff [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
        + "<xliff version=\"1.2\"><file original=\"a\" source-language=\"de\" datatype=\"x\"><body>"
        + "<trans-unit id=\"u\"><source>&e;</source></trans-unit></body></file></xliff>");
    assertMessage(e, 2, "must not contain a DTD or entity declarations");
    assertTrue(!e.getMessage().contains("root:"), "nothing of /etc/passwd may leak");
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      dtd.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    dtd.append("]>\n<xliff version=\"1.2\">&lol9;</xliff>\n");
    TandemException e = refused(dtd.toString());
    assertMessage(e, 2, "must not contain a DTD");
  }

  @Test
  void refusesAPlainDoctypeToo() {
    assertMessage(refused("<!DOCTYPE xliff SYSTEM \"http://example.org/xliff.dtd\">\n<xliff version=\"1.2\"/>"),
        1, "DTD");
  }

  @Test
  void refusesWhatIsNotXml() {
    assertMessage(refused("Hallo, this is a Markdown file.\n"), 1, "not well-formed XML");
    assertMessage(refused(""), 1, "not well-formed XML");
  }

  @Test
  void refusesTruncatedXml() {
    String whole = xliff("<trans-unit id=\"u\"><source>abc</source></trans-unit>");
    TandemException e = refused(whole.substring(0, whole.indexOf("abc") + 2));
    assertMessage(e, 6, "not well-formed XML", "cut off");
  }

  @Test
  void refusesMismatchedTags() {
    TandemException e = refused(xliff("<trans-unit id=\"u\"><source>a</target></trans-unit>"));
    assertMessage(e, 6, "not well-formed XML");
    assertTrue(e.column() > 0);
  }

  @Test
  void refusesAnotherRoot() {
    assertMessage(refused("<?xml version=\"1.0\"?>\n<html><body/></html>"), 2, "not an XLIFF file", "<html>");
  }

  @Test
  void refusesXliff2WithAClearMessage() {
    TandemException e = refused("<?xml version=\"1.0\"?>\n"
        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"de\" trgLang=\"tr\">\n"
        + "<file id=\"f\"><unit id=\"u\"><segment><source>a</source></segment></unit></file></xliff>");
    assertMessage(e, 2, "this is an XLIFF 2 file", "XLIFF 1.2");
  }

  @Test
  void refusesOtherVersions() {
    assertMessage(refused("<xliff version=\"1.1\"><file/></xliff>"), 1, "version '1.1' is not supported");
    assertMessage(refused("<xliff><file/></xliff>"), 1, "version 'null' is not supported");
  }

  @Test
  void refusesAUnitWithoutId() {
    TandemException e = refused(xliff("<trans-unit><source>a</source></trans-unit>"));
    assertMessage(e, 6, "has no id");
  }

  @Test
  void refusesDuplicateUnitIds() {
    TandemException e = refused(xliff("<trans-unit id=\"p1s1\"><source>a</source></trans-unit>\n"
        + "<trans-unit id=\"p1s1\"><source>b</source></trans-unit>"));
    assertMessage(e, 7, "appears twice", "first at line 6");
    assertEquals("p1s1", e.unit());
  }

  @Test
  void refusesAUnitWithoutSource() {
    TandemException e = refused(xliff("<trans-unit id=\"u\">\n<target>a</target></trans-unit>"));
    assertMessage(e, 6, "no <source>");
    assertEquals("u", e.unit());
  }

  @Test
  void refusesCodesWithoutNumberIds() {
    TandemException e = refused(xliff("<trans-unit id=\"u\"><source>a <ph id=\"abc\">x</ph></source></trans-unit>"));
    assertMessage(e, 6, "<ph> has the id 'abc'");
    assertEquals("u", e.unit());
    assertMessage(refused(xliff("<trans-unit id=\"u\"><source><g>x</g></source></trans-unit>")), 6, "<g> has no id");
  }

  @Test
  void refusesOtherLanguagesAndSeveralFiles() {
    String en = xliff("").replace("source-language=\"de\"", "source-language=\"en\"");
    assertMessage(refused(en), 3, "source-language is 'en'", "German (de) and Turkish (tr)");
    String two = xliff("").replace("</file>", "</file><file original=\"b\" source-language=\"de\" datatype=\"x\"><body/></file>");
    assertMessage(refused(two), 8, "more than one <file>");
    assertMessage(refused("<xliff version=\"1.2\"></xliff>"), 1, "no <file>");
    String noLang = xliff("").replace("source-language=\"de\"", "");
    assertMessage(refused(noLang), 3, "has no source-language");
  }

  @Test
  void refusesStreamsOverTheSizeLimit() {
    String big = xliff("<trans-unit id=\"u\"><source>" + "x".repeat(10_000) + "</source></trans-unit>");
    TandemException e = refused(new Xliff12Reader(5_000), big);
    assertTrue(e.getMessage().contains("larger than 5000 bytes"), e.located());
  }

  @Test
  void refusesFilesOverTheSizeLimitBeforeReading(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.xlf");
    Files.writeString(file, "<" + "x".repeat(2_000));
    TandemException e = assertThrows(TandemException.class, () -> new Xliff12Reader(1_000).read(file));
    assertEquals(file.toString(), e.file());
    assertTrue(e.getMessage().contains("larger than 1000 bytes"), e.located());
  }

  @Test
  void namesAMissingFile(@TempDir Path dir) {
    Path file = dir.resolve("missing.xlf");
    TandemException e = assertThrows(TandemException.class, () -> new Xliff12Reader().read(file));
    assertEquals(file.toString(), e.file());
    assertTrue(e.getMessage().contains("does not exist"));
  }
}
