package org.tandem.format.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.extract.ExtractedDocument;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

class DocxFormatTest {
  static final DocxFormat DOCX = new DocxFormat();

  /** German translations of the sample's segments (by source markup). */
  static Map<String, String> german() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("Mahalle Dayanışma Ağı başladı", "Nachbarschaftsnetz gestartet");
    t.put("Kadıköy’de Mahalle Dayanışma Ağı başladı", "In Kadıköy startet das Nachbarschaftsnetz");
    t.put("İstanbul, 12 Kasım 2026{/1} – Kadıköy Belediyesi, ilçede yaşayan yaşlı ve engelli komşulara destek olmak"
        + " için {2}Mahalle Dayanışma Ağı{/2}’nı hayata geçirdi.", "Istanbul, 12. November 2026{/1} – Die"
        + " Stadtverwaltung Kadıköy hat das {2}Nachbarschaftliche Solidaritätsnetz{/2} ins Leben gerufen, um ältere"
        + " Nachbarn und Nachbarn mit Behinderung im Bezirk zu unterstützen.");
    t.put("{1/} Gönüllüler haftada iki gün alışverişe ve doktor randevularına eşlik edecek.",
        "{1/} Ehrenamtliche begleiten sie an zwei Tagen in der Woche zum Einkaufen & zu Arztterminen.");
    t.put("Başvurular {1}belediyenin internet sitesinden{/1} ya da 444 55 22 numaralı çağrı merkezinden yapılabilir.",
        "Anträge können {1}über die Website der Stadtverwaltung{/1} oder beim Bürgertelefon unter 444 55 22 gestellt werden.");
    t.put("Önemli: {1}kayıt ücretsizdir{/1} ve her yaştan gönüllüye açıktır.",
        "Wichtig: {1}Die Anmeldung ist kostenlos{/1} und steht Ehrenamtlichen jeden Alters offen.");
    t.put("Tablo 1{1/}: Mahallelere göre gönüllü sayıları", "Tabelle 1{1/}: Ehrenamtliche nach Stadtteilen");
    t.put("Mahalle", "Stadtteil");
    t.put("Gönüllü sayısı", "Zahl der Ehrenamtlichen");
    t.put("Program ilk aşamada {1/}12 mahallede{2/} uygulanacak.", "Das Programm startet zunächst {1/}in 12 Stadtteilen{2/}.");
    t.put("Ayrıntılar için bkz. {1}Tablo 1{/1}.", "Einzelheiten siehe {1}Tabelle 1{/1}.");
    t.put("Bilgi için:{1/}Basın Birimi{2/}Tel.", "Auskunft:{1/}Pressestelle{2/}Tel.");
    t.put("„Komşuluk, bu şehrin en güçlü bağıdır.“", "„Nachbarschaft ist das stärkste Band dieser Stadt.“");
    t.put("Gönüllüler Moda sahilinde bir araya geldi", "Ehrenamtliche trafen sich an der \"Uferpromenade\" <Moda>");
    t.put("Program, 2026 yılı bütçesinden karşılanmaktadır.", "Das Programm wird aus dem Haushalt 2026 finanziert.");
    t.put("Ek kaynak gerekmemektedir.", "Zusätzliche Mittel sind nicht erforderlich.");
    t.put("Kadıköy Belediyesi – Basın Bülteni", "Stadtverwaltung Kadıköy – Pressemitteilung");
    t.put("Sayfa", "Seite");
    return t;
  }

  @Test
  void readsWhatATranslatorExpectsAndNothingElse() {
    ExtractedDocument doc = DOCX.read(SampleDocx.bytes(), "basin.docx", Lang.TR, Dump.RULES);
    OfficeAssertions.assertGolden("sample-docx.segments", OfficeAssertions.golden(doc));
    String all = OfficeAssertions.golden(doc);
    assertFalse(all.contains("İÇ NOT"), "hidden text is not translatable");
    assertFalse(all.contains("teyit"), "comments are not translatable");
    assertFalse(all.contains("kadikoy.bel.tr"), "link targets are not translatable");
    assertFalse(all.contains("REF"), "field instructions are not translatable");
    assertEquals(1, all.split("Komşuluk", -1).length - 1, "the text box is read once, not its fallback copy");
  }

  @Test
  void everyTargetEqualToItsSourceGivesTheSameDocument() {
    OfficeAssertions.assertLossless(DOCX, SampleDocx.bytes(), Lang.TR);
  }

  @Test
  void translationsAreSplicedEscapedAndTaggedGerman() {
    ExtractedDocument doc = DOCX.read(SampleDocx.bytes(), "basin.docx", Lang.TR, Dump.RULES);
    List<Content> targets = OfficeAssertions.targets(doc, german());
    byte[] written = DOCX.write(doc, targets, Lang.DE, s -> s);
    OfficeAssertions.assertWellFormed(written);

    ExtractedDocument back = DOCX.read(written, "basin.de.docx", Lang.DE, Dump.RULES);
    String segments = OfficeAssertions.golden(back);
    for (String target : german().values()) {
      assertTrue(segments.contains(target.strip()), "missing in the written document: " + target);
    }
    Map<String, String> parts = OfficeAssertions.texts(written);
    assertFalse(parts.get("word/styles.xml").contains("tr-TR"));
    assertTrue(parts.get("word/styles.xml").contains("<w:lang w:val=\"de-DE\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"));
    assertTrue(parts.get("word/settings.xml").contains("<w:themeFontLang w:val=\"de-DE\"/>"));
    assertTrue(parts.get("docProps/core.xml").contains("<dc:language>de-DE</dc:language>"));
    assertTrue(parts.get("word/document.xml").contains("Einkaufen &amp; zu"));
    assertTrue(parts.get("word/document.xml").contains("descr=\"Ehrenamtliche trafen sich an der &quot;Uferpromenade&quot; &lt;Moda&gt;\""));
    assertTrue(parts.get("word/footer1.xml").contains("<w:t xml:space=\"preserve\">Seite </w:t>"));
    assertTrue(parts.get("word/document.xml").contains("İÇ NOT"), "hidden text stays");
    assertTrue(parts.get("word/document.xml").contains("kaynak=bulten") || parts.get("word/_rels/document.xml.rels")
        .contains("kaynak=bulten&amp;yil=2026"), "the link target stays");
  }

  @Test
  void aPartInUtf16IsReadAndWrittenBackInUtf16() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    SampleDocx.parts().forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
    String footnotes = SampleDocx.parts().get("word/footnotes.xml").replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    entries.put("word/footnotes.xml", utf16le(footnotes));
    byte[] original = Packages.zipBytes(entries);
    OfficeAssertions.assertLossless(DOCX, original, Lang.TR);
    ExtractedDocument doc = DOCX.read(original, "basin.docx", Lang.TR, Dump.RULES);
    byte[] written = DOCX.write(doc, OfficeAssertions.targets(doc, Map.of("Ek kaynak gerekmemektedir.",
        "Zusätzliche Mittel sind nicht erforderlich.")), Lang.DE, s -> s);
    assertArrayEquals(utf16le(footnotes.replace("Ek kaynak gerekmemektedir.", "Zusätzliche Mittel sind nicht erforderlich.")
        .replace("w:val=\"tr-TR\"", "w:val=\"de-DE\"")), ZipPackage.read(written, "written").bytes("word/footnotes.xml"));
    OfficeAssertions.assertWellFormed(written);
  }

  @Test
  void aDtdInAUtf16PartIsRefusedToo() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    SampleDocx.parts().forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
    entries.put("word/footnotes.xml", utf16le(SampleDocx.parts().get("word/footnotes.xml")
        .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").replace("?>", "?><!DOCTYPE x [<!ENTITY e \"e\">]>")));
    TandemException e = assertThrows(TandemException.class,
        () -> DOCX.read(Packages.zipBytes(entries), "basin.docx", Lang.TR, Dump.RULES));
    assertTrue(e.getMessage().contains("word/footnotes.xml holds a document type declaration"), e.getMessage());
  }

  /** Text as UTF-16 little endian after its byte-order mark, as some programs write XML parts. */
  private static byte[] utf16le(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    return bytes;
  }

  @Test
  void untouchedPartsKeepTheirBytes() {
    ExtractedDocument doc = DOCX.read(SampleDocx.bytes(), "basin.docx", Lang.TR, Dump.RULES);
    byte[] written = DOCX.write(doc, OfficeAssertions.targets(doc, Map.of("Ek kaynak gerekmemektedir.",
        "Zusätzliche Mittel sind nicht erforderlich.")), Lang.DE, s -> s);
    Map<String, String> before = OfficeAssertions.texts(SampleDocx.bytes());
    Map<String, String> after = OfficeAssertions.texts(written);
    assertEquals(before.get("word/document.xml"), after.get("word/document.xml"));
    assertEquals(before.get("word/footnotes.xml").replace("Ek kaynak gerekmemektedir.",
        "Zusätzliche Mittel sind nicht erforderlich."), after.get("word/footnotes.xml"));
  }

  @Test
  void codesMayMoveWhilePairsStayNested() {
    ExtractedDocument doc = DOCX.read(SampleDocx.bytes(), "basin.docx", Lang.TR, Dump.RULES);
    String source = "Başvurular {1}belediyenin internet sitesinden{/1} ya da 444 55 22 numaralı çağrı merkezinden yapılabilir.";
    byte[] written = DOCX.write(doc, OfficeAssertions.targets(doc, Map.of(source,
        "Beim Bürgertelefon (444 55 22) oder {1}online{/1}.")), Lang.DE, s -> s);
    OfficeAssertions.assertWellFormed(written);
    assertTrue(OfficeAssertions.texts(written).get("word/document.xml").contains(
        "<w:hyperlink r:id=\"rId8\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t>online</w:t>"));
  }

  @Test
  void codesInAnOrderThatWouldBreakTheXmlAreRefused() {
    ExtractedDocument doc = DOCX.read(SampleDocx.bytes(), "basin.docx", Lang.TR, Dump.RULES);
    String source = "Başvurular {1}belediyenin internet sitesinden{/1} ya da 444 55 22 numaralı çağrı merkezinden yapılabilir.";
    // the link's end before its start: import refuses that too, the writer never writes it
    TandemException e = assertThrows(TandemException.class, () -> DOCX.write(doc,
        OfficeAssertions.targets(doc, Map.of(source, "Anträge{/1} {1}online.")), Lang.DE, s -> s));
    assertTrue(e.getMessage().contains("order"), e.getMessage());
  }

  @Test
  void untranslatedTextCanBeMarked() {
    ExtractedDocument doc = DOCX.read(SampleDocx.bytes(), "basin.docx", Lang.TR, Dump.RULES);
    List<Content> none = new java.util.ArrayList<>();
    doc.segments().forEach(s -> none.add(null));
    byte[] written = DOCX.write(doc, none, Lang.DE, s -> "«" + s + "»");
    OfficeAssertions.assertWellFormed(written);
    String xml = OfficeAssertions.texts(written).get("word/document.xml");
    assertTrue(xml.contains("<w:t>«Mahalle»</w:t>"), xml);
    assertTrue(xml.contains("«Başvurular »"), "each text piece of a segment is marked");
  }
}
