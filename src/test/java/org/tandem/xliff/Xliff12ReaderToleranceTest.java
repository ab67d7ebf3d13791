package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.xliff.XliffSamples.close;
import static org.tandem.xliff.XliffSamples.content;
import static org.tandem.xliff.XliffSamples.open;
import static org.tandem.xliff.XliffSamples.ph;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.State;

/** The reader accepts what CAT tools (OmegaT, translate-toolkit, Okapi) do to an exported file. */
class Xliff12ReaderToleranceTest {
  static XliffDocument read(String xml) {
    return read(xml.getBytes(StandardCharsets.UTF_8));
  }

  static XliffDocument read(byte[] xml) {
    return new Xliff12Reader().read(new ByteArrayInputStream(xml), "test.xlf");
  }

  /** A minimal tandem-like file around the given units. */
  static String xliff(String units) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">\n"
        + "<file original=\"chapters/de/a.md\" source-language=\"de\" target-language=\"tr\" datatype=\"x-markdown\">\n"
        + "<header><note from=\"tandem\">chapter: a</note></header>\n"
        + "<body>\n" + units + "\n</body>\n</file>\n</xliff>\n";
  }

  static XliffUnit unit(String unitXml) {
    return read(xliff(unitXml)).units().get(0);
  }

  @Test
  void readsTheFileAttributesAndChapter() {
    XliffDocument doc = read(xliff("<trans-unit id=\"u\"><source>x</source></trans-unit>"));
    assertEquals("chapters/de/a.md", doc.original());
    assertEquals("a", doc.chapter());
    assertEquals(Lang.DE, doc.sourceLang());
    assertEquals(Lang.TR, doc.targetLang());
  }

  @Test
  void acceptsAttributesInAnyOrderAndRegionLanguagesAndNoChapter() {
    XliffDocument doc = read("<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>"
        + "<file target-language='de-DE' datatype='plaintext' source-language='tr-TR' original='x.md'>"
        + "<body><trans-unit xml:space='preserve' approved='no' id='u'><source>x</source></trans-unit>"
        + "</body></file></xliff>");
    assertEquals(Lang.TR, doc.sourceLang());
    assertEquals(Lang.DE, doc.targetLang());
    assertNull(doc.chapter());
    assertTrue(doc.units().get(0).preserveSpace());
  }

  @Test
  void omegatKeepsStateNewOnATranslatedTarget() {
    XliffUnit unit = unit("<trans-unit id=\"u\" xml:space=\"preserve\"><source>Rat</source>"
        + "<target state=\"new\">Meclis</target></trans-unit>");
    assertEquals(State.NEW, unit.state());
    assertEquals("new", unit.rawState());
    assertTrue(unit.hasTarget());
  }

  @Test
  void translateToolkitWritesApprovedAndATargetWithoutLang() {
    XliffUnit unit = unit("<trans-unit id=\"u\" approved=\"yes\">\n    <source>Rat</source>\n"
        + "    <target state=\"translated\">Meclis</target>\n  </trans-unit>");
    assertEquals(State.TRANSLATED, unit.state());
    assertEquals(Content.text("Meclis"), unit.target());
    assertFalse(unit.preserveSpace());
  }

  @Test
  void aTargetWithoutStateIsTranslatedAndAnEmptyOneNew() {
    assertEquals(State.TRANSLATED, unit("<trans-unit id=\"u\"><source>a</source><target>b</target></trans-unit>").state());
    XliffUnit empty = unit("<trans-unit id=\"u\"><source>a</source><target state=\"final\"/></trans-unit>");
    assertEquals(State.NEW, empty.state());
    assertEquals(Content.EMPTY, empty.target());
    assertEquals("final", empty.rawState());
  }

  @Test
  void aWhitespaceOnlyTargetWithoutCodesIsNotATranslation() {
    XliffUnit blank = unit("<trans-unit id=\"u\"><source>a</source><target state=\"translated\">\n  </target></trans-unit>");
    assertEquals(State.NEW, blank.state());
    assertFalse(blank.hasTarget());
    XliffUnit code = unit("<trans-unit id=\"u\"><source>a</source><target><ph id=\"1\">x</ph></target></trans-unit>");
    assertEquals(State.TRANSLATED, code.state());
  }

  @Test
  void aCharPlaceholderNamingNoCharacterStaysACode() {
    XliffUnit unit = unit("<trans-unit id=\"u\"><source><ph id=\"1\" ctype=\"x-tandem-char\">U+110000</ph>"
        + "<ph id=\"2\" ctype=\"x-tandem-char\">U+0007</ph></source></trans-unit>");
    assertEquals(content(ph(1, "tandem-char", "U+110000"), "\u0007"), unit.source());
  }

  @Test
  void ignoresAddedNotesAltTransPhaseGroupSegSourceAndExtensions() {
    XliffDocument doc = read("<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' xmlns:ext='urn:x' version='1.2' ext:a='1'>"
        + "<ext:before/><file original='a.md' source-language='de' target-language='tr' datatype='x-markdown' ext:b='2'>"
        + "<header><phase-group><phase phase-name='p' process-name='translation'/></phase-group>"
        + "<note>from the agency</note><note from='tandem'>chapter: a</note><ext:info>x</ext:info></header>"
        + "<body><group id='g' ext:c='3'><trans-unit id='u' ext:id='no'>"
        + "<source>Der Rat.</source><seg-source><mrk mtype='seg' mid='1'>Der Rat.</mrk></seg-source>"
        + "<target state='translated'><mrk mtype='seg' mid='1'>Meclis.</mrk></target>"
        + "<note from='translator'>checked</note>"
        + "<alt-trans match-quality='80'><source>Der Rat</source><target>Konsey</target><note>tm</note></alt-trans>"
        + "<context-group><context context-type='linenumber'>3</context></context-group>"
        + "<ext:data>ignored</ext:data></trans-unit></group>"
        + "<bin-unit id='b' mime-type='image/png'><bin-source><external-file href='a.png'/></bin-source></bin-unit>"
        + "</body></file></xliff>");
    XliffUnit unit = doc.units().get(0);
    assertEquals("a", doc.chapter());
    assertEquals("u", unit.id());
    assertEquals(Content.text("Der Rat."), unit.source());
    assertEquals(Content.text("Meclis."), unit.target());
    assertEquals(List.of("checked"), unit.notes());
    assertEquals(1, doc.units().size());
  }

  @Test
  void acceptsCdataCharacterReferencesBomAndCrlf() {
    String xml = xliff("<trans-unit id=\"u\" xml:space=\"preserve\"><source><![CDATA[a < b & ]]>&#x130;&#305;&#xA0;&amp;&quot;</source>"
        + "<target>&#x11E;ğ\u00a0</target></trans-unit>").replace("\n", "\r\n");
    byte[] utf8 = xml.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    XliffUnit unit = read(withBom).units().get(0);
    assertEquals("a < b & İı\u00a0&\"", unit.source().plainText());
    assertEquals("Ğğ\u00a0", unit.target().plainText());
  }

  @Test
  void readsPhWrittenAsStartAndEndTagAndCodesMovedInTheTarget() {
    XliffUnit unit = unit("<trans-unit id=\"u\"><source>a<bpt id=\"1\" ctype=\"bold\">**</bpt>b<ept id=\"1\">**</ept>"
        + "<ph id=\"2\" ctype=\"x-CODE\">`c`</ph></source>"
        + "<target><ph id=\"2\" ctype=\"x-CODE\">`c`</ph><ph id=\"3\"></ph>"
        + "<ept id=\"1\">**</ept>x<bpt id=\"1\" ctype=\"bold\">**</bpt></target></trans-unit>");
    assertEquals(content("a", open(1, "bold", "**"), "b", close(1, "bold", "**"), ph(2, "CODE", "`c`")), unit.source());
    assertEquals(content(ph(2, "CODE", "`c`"), ph(3, "", ""), close(1, "", "**"), "x", open(1, "bold", "**")),
        unit.target());
  }

  @Test
  void readsGxBxExAndUnwrapsMrk() {
    XliffUnit unit = unit("<trans-unit id=\"u\"><source><g id=\"1\" ctype=\"bold\">fett <g id=\"2\">und</g></g>"
        + "<x id=\"3\" ctype=\"lb\"/><bx id=\"4\" rid=\"r\"/>l<mrk mtype=\"term\">Rat</mrk><ex id=\"5\" rid=\"r\"/></source></trans-unit>");
    assertEquals(content(open(1, "bold", ""), "fett ", open(2, "", ""), "und", close(2, "", ""), close(1, "bold", ""),
        ph(3, "lb", ""), open(4, "", ""), "lRat", close(4, "", "")), unit.source());
  }

  @Test
  void readsItAndRidPairedBptEpt() {
    XliffUnit unit = unit("<trans-unit id=\"u\"><source><it id=\"1\" pos=\"close\" ctype=\"link\">](u)</it>"
        + "<bpt id=\"2\" rid=\"7\" ctype=\"italic\">*</bpt>k<ept id=\"3\" rid=\"7\">*</ept></source></trans-unit>");
    assertEquals(content(close(1, "link", "](u)"), open(2, "italic", "*"), "k", close(2, "italic", "*")), unit.source());
    assertEquals(CodeKind.CLOSE, unit.source().codes().get(0).kind());
  }

  @Test
  void keepsWhitespaceExactlyInPreservedUnitsAndAsWrittenElsewhere() {
    XliffDocument doc = read(xliff("<trans-unit id=\"p\" xml:space=\"preserve\"><source> a\n\tb  </source></trans-unit>"
        + "<trans-unit id=\"d\"><source>\n      a\n      b\n    </source></trans-unit>"));
    assertEquals(" a\n\tb  ", doc.units().get(0).source().plainText());
    assertEquals("\n      a\n      b\n    ", doc.units().get(1).source().plainText());
    assertFalse(doc.units().get(1).preserveSpace());
  }

  @Test
  void inheritsXmlSpaceFromFileAndGroup() {
    XliffDocument doc = read("<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>"
        + "<file original='a.md' source-language='de' datatype='x-markdown' xml:space='preserve'><body>"
        + "<trans-unit id='f'><source>a</source></trans-unit>"
        + "<group xml:space='default'><trans-unit id='g'><source>b</source></trans-unit></group>"
        + "</body></file></xliff>");
    assertTrue(doc.units().get(0).preserveSpace());
    assertFalse(doc.units().get(1).preserveSpace());
    assertEquals(Lang.TR, doc.targetLang(), "a missing target-language is the other language");
  }

  @Test
  void readsANoNamespaceFileAsWritten() {
    XliffDocument doc = read("<xliff version='1.2'><file original='a.md' source-language='de' datatype='x'>"
        + "<body><trans-unit id='u'><source>a</source></trans-unit></body></file></xliff>");
    assertEquals("u", doc.units().get(0).id());
  }
}
