package org.tandem.format.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.tandem.extract.ExtractedDocument;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

class OdtFormatTest {
  static final OdtFormat ODT = new OdtFormat();

  /** Turkish translations of the sample's segments (by source markup). */
  static Map<String, String> turkish() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("Neues aus dem Integrationsbüro", "Uyum Bürosundan Haberler");
    t.put("Willkommen im Quartier", "Mahallemize hoş geldiniz");
    t.put("Das Integrationsbüro der Stadt Altena lädt{/1} alle neuen Nachbarinnen und Nachbarn zum {2}Begrüßungsfrühstück{/2}"
        + " ein.", "Altena Belediyesi Uyum Bürosu{/1}, tüm yeni komşuları {2}hoş geldin kahvaltısına{/2} davet ediyor.");
    t.put("{1/} Es findet am 3. Oktober im Bürgerhaus statt.", "{1/} Kahvaltı 3 Ekim’de Halk Evi’nde yapılacak.");
    t.put("Das Frühstück ist kostenlos.", "Kahvaltı ücretsizdir.");
    t.put("Spenden sind willkommen.", "Bağışlarınızı  memnuniyetle kabul ederiz.");
    t.put("Anmeldung bitte über {1}unser Online-Formular{/1} oder telefonisch.",
        "Kayıt için {1}çevrimiçi formumuzu{/1} kullanabilir ya da bizi arayabilirsiniz.");
    t.put("Die {1}Sprechstunde{/1} ist jeden Dienstag geöffnet.", "Danışma saatleri {1}her salı{/1} açıktır.");
    t.put("Tag", "Gün");
    t.put("Uhrzeit", "Saat");
    t.put("Dienstag", "Salı");
    t.put("Wir freuen uns auf Sie!", "Sizi bekliyoruz!");
    t.put("Das Bürgerhaus", "Halk Evi");
    t.put("Eingang des Bürgerhauses mit Rampe", "Halk Evi’nin rampalı girişi");
    t.put("Stadt Altena · Integrationsbüro", "Altena Belediyesi · Uyum Bürosu");
    t.put("Seite", "Sayfa");
    return t;
  }

  @Test
  void readsWhatATranslatorExpectsAndNothingElse() {
    ExtractedDocument doc = ODT.read(SampleOdt.bytes(), "brief.odt", Lang.DE, Dump.RULES);
    String all = OfficeAssertions.golden(doc);
    OfficeAssertions.assertGolden("sample-odt.segments", all);
    assertFalse(all.contains("prüfen"), "comments are not translatable");
    assertFalse(all.contains("Kaffee"), "hidden sections are not translatable");
    assertFalse(all.contains("altena.de"), "link targets are not translatable");
    assertTrue(all.contains("Deutsch,  Türkisch   und Arabisch."), "text:s gives its spaces: " + all);
  }

  @Test
  void everyTargetEqualToItsSourceGivesTheSameDocument() {
    OfficeAssertions.assertLossless(ODT, SampleOdt.bytes(), Lang.DE);
  }

  @Test
  void translationsAreSplicedAndTaggedTurkishWithMimetypeFirstAndStored() throws Exception {
    ExtractedDocument doc = ODT.read(SampleOdt.bytes(), "brief.odt", Lang.DE, Dump.RULES);
    List<Content> targets = OfficeAssertions.targets(doc, turkish());
    byte[] written = ODT.write(doc, targets, Lang.TR, s -> s);
    OfficeAssertions.assertWellFormed(written);
    String segments = OfficeAssertions.golden(ODT.read(written, "brief.tr.odt", Lang.TR, Dump.RULES));
    for (String target : turkish().values()) {
      assertTrue(segments.contains(target), "missing in the written document: " + target + "\n" + segments);
    }
    Map<String, String> parts = OfficeAssertions.texts(written);
    assertTrue(parts.get("content.xml").contains("fo:language=\"tr\" fo:country=\"TR\""));
    assertTrue(parts.get("styles.xml").contains("fo:language=\"tr\" fo:country=\"TR\""));
    assertTrue(parts.get("meta.xml").contains("<dc:language>tr-TR</dc:language>"));
    assertTrue(parts.get("content.xml").contains("Bağışlarınızı <text:s/>memnuniyetle"), "repeated spaces as text:s");
    assertTrue(parts.get("content.xml").contains("Adresse noch einmal prüfen"), "the comment stays");
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(written))) {
      ZipEntry first = zip.getNextEntry();
      assertEquals("mimetype", first.getName());
      assertEquals(ZipEntry.STORED, first.getMethod());
    }
  }

  @Test
  void aFootnoteTranslatedInsideAnUntranslatedSentence() {
    ExtractedDocument doc = ODT.read(SampleOdt.bytes(), "brief.odt", Lang.DE, Dump.RULES);
    byte[] written = ODT.write(doc, OfficeAssertions.targets(doc, Map.of("Das Frühstück ist kostenlos.",
        "Kahvaltı ücretsizdir.")), Lang.TR, s -> s);
    String before = OfficeAssertions.texts(SampleOdt.bytes()).get("content.xml");
    String after = OfficeAssertions.texts(written).get("content.xml");
    assertEquals(before.replace("Das Frühstück ist kostenlos.", "Kahvaltı ücretsizdir.")
        .replace("fo:language=\"de\" fo:country=\"DE\"", "fo:language=\"tr\" fo:country=\"TR\""), after);
  }

  @Test
  void aReferencedTabOrNewlineCollapsesAsWhiteSpace() {
    Map<String, String> parts = SampleOdt.parts();
    parts.put("content.xml", parts.get("content.xml").replace("Wir freuen uns auf Sie!",
        "Wir freuen&#x9;uns &#10; auf&#13;Sie!"));
    byte[] bytes = SampleOdt.bytes(parts);
    ExtractedDocument doc = ODT.read(bytes, "brief.odt", Lang.DE, Dump.RULES);
    assertTrue(OfficeAssertions.golden(doc).contains(": Wir freuen uns auf Sie!\n"), OfficeAssertions.golden(doc));
    OfficeAssertions.assertLossless(ODT, bytes, Lang.DE);
  }

  @Test
  void aDocumentWhoseTextElementsHaveAnotherPrefixIsRefusedNotReadAsEmpty() {
    Map<String, String> parts = SampleOdt.parts();
    String content = parts.get("content.xml").replace("xmlns:text=", "xmlns:t=")
        .replaceAll("(</?|\\s)text:", "$1t:");
    parts.put("content.xml", content);
    TandemException e = assertThrows(TandemException.class,
        () -> ODT.read(SampleOdt.bytes(parts), "brief.odt", Lang.DE, Dump.RULES));
    assertTrue(e.getMessage().contains("content.xml") && e.getMessage().contains("'t:'"), e.getMessage());
  }
}
