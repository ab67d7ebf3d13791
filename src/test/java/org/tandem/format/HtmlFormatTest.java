package org.tandem.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.extract.SrxSegmenter;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

class HtmlFormatTest {
  static final HtmlFormat HTML = new HtmlFormat();
  static final SrxSegmenter RULES = FormatGoldenTest.RULES;
  static final Path DIR = FormatGoldenTest.ROOT.resolve("html");

  private static ExtractedDocument read(String page) {
    return HTML.read(page.getBytes(StandardCharsets.UTF_8), "t.html", Lang.DE, RULES);
  }

  private static List<String> sources(ExtractedDocument doc) {
    return doc.segments().stream().map(s -> s.source().markup()).toList();
  }

  /** Every segment translated as given, in order. */
  private static String write(ExtractedDocument doc, String... targets) {
    List<Content> t = new ArrayList<>();
    for (String target : targets) {
      t.add(target == null ? null : Content.text(target));
    }
    return new String(HTML.write(doc, t, Lang.TR, s -> s), StandardCharsets.UTF_8);
  }

  @Test
  void scriptsStylesCommentsAndLinkTargetsAreNotTranslatable() throws Exception {
    ExtractedDocument doc = HTML.read(Files.readAllBytes(DIR.resolve("stadtseite.html")), "s.html", Lang.DE, RULES);
    String all = String.join("\n", sources(doc));
    for (String hidden : List.of("nicht übersetzt", "font-family", "Kopfbereich", "example.org", "tel:", "wappen.png")) {
      assertFalse(all.contains(hidden), hidden);
    }
    assertTrue(sources(doc).contains("Wappen der Stadt Lindenau"), "alt text");
    assertTrue(sources(doc).contains("Informationen zur Anerkennung"), "title attribute");
  }

  @Test
  void aTranslatedPageSaysItsLanguageAndAnUntranslatedOneKeepsIt() {
    ExtractedDocument doc = read("<html lang=\"de\"><body><p>Hallo.</p></body></html>");
    assertEquals("<html lang=\"tr\"><body><p>Merhaba.</p></body></html>", write(doc, "Merhaba."));
    assertEquals("<html lang=\"de\"><body><p>Hallo.</p></body></html>", write(doc, (String) null));
    ExtractedDocument bare = read("<!-- <html lang=x> --><HTML>\n<p>Hallo.</p></HTML>");
    assertEquals("<!-- <html lang=x> --><HTML lang=\"tr\">\n<p>Merhaba.</p></HTML>", write(bare, "Merhaba."));
  }

  @Test
  void metaTagsThatDeclareTheLanguageSayTheTranslations() {
    String head = "<html><head><META HTTP-EQUIV=\"Content-Language\" CONTENT=\"de\">"
        + "<meta content='de-DE' name='DC.language'><meta name=\"language\" content=deutsch>"
        + "<meta name=\"robots\" content=\"de\"><!-- <meta name=\"language\" content=\"de\"> --></head>";
    ExtractedDocument doc = read(head + "<body><p>Hallo.</p></body></html>");
    assertEquals(head.replace("<html>", "<html lang=\"tr\">").replace("CONTENT=\"de\"", "CONTENT=\"tr\"")
        .replace("'de-DE'", "'tr'").replace("content=deutsch", "content=\"tr\"")
        + "<body><p>Merhaba.</p></body></html>", write(doc, "Merhaba."));
  }

  @Test
  void aPageWhoseLinesEndInACarriageReturnAloneIsReadAndKept() {
    String page = "<html lang=\"de\">\r<body>\r<p>Die Sprechstunde ist\rdienstags.</p>\r<pre>Zeile eins\rZeile zwei</pre>\r</body></html>\r";
    ExtractedDocument doc = read(page);
    assertEquals(List.of("Die Sprechstunde ist dienstags.", "Zeile eins\nZeile zwei"), sources(doc));
    assertEquals(page, write(doc, null, null));
    assertEquals(page.replace("\"de\"", "\"tr\"").replace("Die Sprechstunde ist\rdienstags.", "Danışma salı günleri.")
        .replace("Zeile eins\rZeile zwei", "Birinci satır\rİkinci satır"),
        write(doc, "Danışma salı günleri.", "Birinci satır\nİkinci satır"));
  }

  @Test
  void xhtmlGetsXmlLangToo() {
    String page = "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang='de'>"
        + "<body><p>Hallo.</p></body></html>";
    assertEquals(page.replace("<html ", "<html xml:lang=\"tr\" ").replace("lang='de'", "lang='tr'")
        .replace("Hallo.", "Merhaba."),
        write(read(page), "Merhaba."));
  }

  @Test
  void textAndAttributesTypedByTheTranslatorAreEscaped() {
    ExtractedDocument doc = read("<p><img src=a.png alt=\"Ein Bild\"> Text <b>fett</b>.</p>"
        + "<p><img src=b.png alt=Foto></p>");
    assertEquals(List.of("{1/} Text {2}fett{/2}.", "Ein Bild", "Foto"), sources(doc));
    List<Content> targets = List.of(Content.parse("{1/} <Metin> & {2}kalın{/2}.", doc.segments().get(0).source()
        .codes()), Content.text("\"Bir\" resim"),
        Content.text("Fotoğraf ve 'yazı'"));
    String out = new String(HTML.write(doc, targets, Lang.TR, s -> s), StandardCharsets.UTF_8);
    assertEquals("<p><img src=a.png alt=\"&quot;Bir&quot; resim\"> &lt;Metin&gt; &amp; <b>kalın</b>.</p>"
        + "<p><img src=b.png alt=Fotoğraf&#32;ve&#32;&#39;yazı&#39;></p>", out);
  }

  @Test
  void aLegacyEncodingIsKeptAndCharactersItLacksBecomeReferences() throws Exception {
    byte[] bytes = Files.readAllBytes(DIR.resolve("legacy-latin1.htm"));
    ExtractedDocument doc = HTML.read(bytes, "l.htm", Lang.DE, RULES);
    assertTrue(sources(doc).contains("Die Gebühr beträgt 50\u00A0€; Ermäßigung ist möglich."), sources(doc).toString());
    List<Content> targets = new ArrayList<>(doc.segments().stream().map(ExtractedSegment::source).toList());
    targets.set(0, Content.text("Dil kursuna kayıt – şimdi"));
    String out = new String(HTML.write(doc, targets, Lang.TR, s -> s), Charset.forName("windows-1252"));
    assertTrue(out.contains("<TITLE>Dil kursuna kay&#x131;t – &#x15F;imdi</TITLE>"), out);
    assertTrue(out.contains("Geb\u00fchr betr\u00e4gt 50&nbsp;\u20ac"), out);
  }

  @Test
  void aPageInALegacyEncodingThatDoesNotSaySoIsRefused() {
    byte[] latin1 = "<p>Gr\u00fc\u00dfe aus Lindenau.</p>".getBytes(StandardCharsets.ISO_8859_1);
    TandemException e = assertThrows(TandemException.class, () -> HTML.read(latin1, "alt.html", Lang.DE, RULES));
    assertTrue(e.located().startsWith("alt.html: the page is not UTF-8 and does not say which encoding"), e.located());
    byte[] lying = "<meta charset=\"utf-8\"><p>Gr\u00fc\u00dfe.</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertThrows(TandemException.class, () -> HTML.read(lying, "alt.html", Lang.DE, RULES));
  }

  @Test
  void characterReferencesAreDecodedForTheTranslatorAndKeptInTheSource() {
    ExtractedDocument doc = read("<p>A &amp; B &#252; &#x00FC; &uuml &copy; &#13;C</p>");
    assertEquals(List.of("A & B ü ü ü © C"), sources(doc));
    assertEquals("<p>A &amp; B &#252; &#x00FC; &uuml &copy; &#13;C</p>", write(doc, (String) null));
  }

  @Test
  void aTranslatedXhtmlPageIsStillWellFormedXml() throws Exception {
    byte[] bytes = Files.readAllBytes(DIR.resolve("seite.xhtml"));
    ExtractedDocument doc = HTML.read(bytes, "seite.xhtml", Lang.DE, RULES);
    List<Content> targets = doc.segments().stream().map(s -> FormatGoldenTest.scramble(s.source())).toList();
    byte[] out = HTML.write(doc, targets, Lang.TR, s -> s);
    javax.xml.stream.XMLStreamReader xml = org.tandem.io.Stax.safeInputFactory()
        .createXMLStreamReader(new java.io.ByteArrayInputStream(out));
    StringBuilder text = new StringBuilder();
    while (xml.hasNext()) {
      if (xml.next() == javax.xml.stream.XMLStreamConstants.CHARACTERS) {
        text.append(xml.getText());
      }
    }
    assertTrue(text.toString().contains("WER KANN TEİLNEHMEN? <&>\"'*ş"), text.toString());
    assertTrue(new String(out, StandardCharsets.UTF_8).contains("lang=\"tr\" xml:lang=\"tr\""));
  }
}
