package org.tandem.format.office;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

/** Broken and hostile packages are refused with one message naming the file and the reason. */
class HostileDocumentsTest {
  private static final DocxFormat DOCX = new DocxFormat();
  private static final OdtFormat ODT = new OdtFormat();

  private static void assertRefused(OfficeFormat format, byte[] bytes, String reason) {
    TandemException e = assertThrows(TandemException.class, () -> format.read(bytes, "bad.doc", Lang.DE, Dump.RULES));
    assertTrue(e.located().startsWith("bad.doc: "), e.located());
    assertTrue(e.getMessage().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
  }

  private static byte[] docxWith(String part, Supplier<String> text) {
    Map<String, String> parts = SampleDocx.parts();
    parts.put(part, text.get());
    return SampleDocx.bytes(parts);
  }

  @Test
  void truncatedPackages() {
    byte[] whole = SampleDocx.bytes();
    assertRefused(DOCX, Arrays.copyOf(whole, whole.length / 2), "cut short");
    assertRefused(DOCX, Arrays.copyOf(whole, whole.length - 30), "cut short");
  }

  @Test
  void corruptBytesInAnEntry() {
    byte[] bytes = SampleDocx.bytes();
    for (int i = 200; i < 260; i++) {
      bytes[i] ^= 0x5A;
    }
    TandemException e = assertThrows(TandemException.class, () -> DOCX.read(bytes, "bad.doc", Lang.DE, Dump.RULES));
    assertTrue(e.located().startsWith("bad.doc: "), e.located());
  }

  @Test
  void notAZipAtAll() {
    assertRefused(DOCX, "Merhaba dünya".getBytes(StandardCharsets.UTF_8), "not a zip package");
  }

  @Test
  void encryptedWordDocumentsAreCompoundFiles() {
    byte[] cfb = new byte[4096];
    cfb[0] = (byte) 0xD0;
    cfb[1] = (byte) 0xCF;
    cfb[2] = 0x11;
    cfb[3] = (byte) 0xE0;
    assertRefused(DOCX, cfb, "encrypted");
  }

  @Test
  void encryptedOdt() {
    Map<String, String> parts = SampleOdt.parts();
    parts.put("META-INF/manifest.xml", parts.get("META-INF/manifest.xml").replace("</manifest:manifest>",
        "<manifest:file-entry manifest:full-path=\"x\"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>"));
    assertRefused(ODT, SampleOdt.bytes(parts), "encrypted");
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    parts.forEach((name, text) -> entries.put(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    byte[] manifest = parts.get("META-INF/manifest.xml").getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
    byte[] withBom = new byte[manifest.length + 2];
    withBom[0] = (byte) 0xFE;
    withBom[1] = (byte) 0xFF;
    System.arraycopy(manifest, 0, withBom, 2, manifest.length);
    entries.put("META-INF/manifest.xml", withBom);
    assertRefused(ODT, Packages.zipBytes(entries), "encrypted");
  }

  @Test
  void macros() {
    Map<String, String> parts = SampleDocx.parts();
    parts.put("word/vbaProject.bin", "Attribute VB_Name = \"Module1\"");
    assertRefused(DOCX, SampleDocx.bytes(parts), "macros");
    Map<String, String> docm = SampleDocx.parts();
    docm.put("[Content_Types].xml", docm.get("[Content_Types].xml").replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml"));
    assertRefused(DOCX, SampleDocx.bytes(docm), "macros");
    Map<String, String> odt = SampleOdt.parts();
    odt.put("Basic/Standard/Module1.xml", "<module/>");
    assertRefused(ODT, SampleOdt.bytes(odt), "macros");
  }

  @Test
  void aPartThatInflatesTooFar() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", SampleDocx.parts().get("[Content_Types].xml").getBytes(StandardCharsets.UTF_8));
    entries.put("word/document.xml", new byte[40 * 1024 * 1024]); // 40 MB of zeros: about 40 KB compressed
    assertRefused(DOCX, Packages.zipBytes(entries), "zip bomb");
  }

  @Test
  void tooManyParts() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i <= ZipPackage.MAX_ENTRIES; i++) {
      entries.put("x/" + i, new byte[0]);
    }
    assertRefused(DOCX, Packages.zipBytes(entries), "more than 10000 parts");
  }

  @Test
  void dtdsAndEntities() {
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
        + "<w:document xmlns:w=\"" + SampleDocx.W + "\"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>";
    assertRefused(DOCX, docxWith("word/document.xml", () -> bomb), "DTD");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
    assertRefused(DOCX, docxWith("word/settings.xml", () -> xxe), "DTD");
    String undefined = "<w:document xmlns:w=\"" + SampleDocx.W + "\"><w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>";
    assertRefused(DOCX, docxWith("word/document.xml", () -> undefined), "&nbsp; is not defined");
  }

  @Test
  void partsNotInUtf8() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    SampleDocx.parts().forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
    entries.put("word/document.xml", SampleDocx.parts().get("word/document.xml").getBytes(StandardCharsets.ISO_8859_1));
    assertRefused(DOCX, Packages.zipBytes(entries), "not valid UTF-8");
    Map<String, String> latin = SampleDocx.parts();
    latin.put("word/header1.xml", latin.get("word/header1.xml").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-9\""));
    assertRefused(DOCX, SampleDocx.bytes(latin), "declares the encoding ISO-8859-9");
  }

  @Test
  void malformedXmlNamesPartAndLine() {
    assertRefused(DOCX, docxWith("word/document.xml", () -> SampleDocx.parts().get("word/document.xml")
        .replace("</w:body>", "</w:p></w:body>")), "part word/document.xml, line 2:");
  }

  @Test
  void trackedChanges() {
    assertRefused(DOCX, docxWith("word/document.xml", () -> SampleDocx.parts().get("word/document.xml").replace(
        "<w:r><w:t>Moda</w:t></w:r>", "<w:ins w:id=\"9\" w:author=\"E\"><w:r><w:t>Moda</w:t></w:r></w:ins>")),
        "accept or reject");
    Map<String, String> odt = SampleOdt.parts();
    odt.put("content.xml", odt.get("content.xml").replace("<office:text>", "<office:text><text:tracked-changes>"
        + "<text:changed-region text:id=\"c1\"><text:insertion/></text:changed-region></text:tracked-changes>"));
    assertRefused(ODT, SampleOdt.bytes(odt), "accept or reject");
  }

  @Test
  void anOdtThatIsNotAText() {
    Map<String, String> odt = SampleOdt.parts();
    odt.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    assertRefused(ODT, SampleOdt.bytes(odt), "not an OpenDocument text");
    assertRefused(DOCX, SampleOdt.bytes(), "no [Content_Types].xml");
  }
}
