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
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.State;

/** The XLIFF 2 reader accepts what tools legitimately do to a file, and reads it as tandem meant it. */
class Xliff20ReaderToleranceTest {
  static XliffDocument read(byte[] xml) {
    ChapterCollector collector = new ChapterCollector();
    XliffFiles.read(new ByteArrayInputStream(xml), "test.xlf", XliffFiles.MAX_BYTES, null,
        new ChapterFileHandler("test.xlf", collector));
    return collector.document();
  }

  static XliffDocument read(String xml) {
    return read(xml.getBytes(StandardCharsets.UTF_8));
  }

  /** A tandem-like XLIFF 2.0 file around the given units. */
  static String xliff(String units) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"de\" trgLang=\"tr\">\n"
        + "<file id=\"a\" original=\"chapters/de/a.md\">\n" + units + "\n</file>\n</xliff>\n";
  }

  static XliffUnit unit(String unitXml) {
    return read(xliff(unitXml)).units().get(0);
  }

  @Test
  void readsTheChapterFromTheFileIdAndTheLanguagesFromTheRoot() {
    XliffDocument doc = read(xliff("<unit id=\"s1\"><segment><source>x</source></segment></unit>"));
    assertEquals("a", doc.chapter());
    assertEquals("chapters/de/a.md", doc.original());
    assertEquals(Lang.DE, doc.sourceLang());
    assertEquals(Lang.TR, doc.targetLang());
  }

  @Test
  void acceptsReorderedAttributesNotesExtensionsAndModules() {
    XliffDocument doc = read("<xliff trgLang='tr-TR' xmlns:my='urn:example:tool' srcLang='de-DE' version='2.0'"
        + " xmlns='urn:oasis:names:tc:xliff:document:2.0' my:saved='2024'>"
        + "<file original='chapters/de/a.md' my:x='1' id='a'>"
        + "<mda:metadata xmlns:mda='urn:oasis:names:tc:xliff:metadata:2.0'><mda:metaGroup>"
        + "<mda:meta type='tool'>Werkzeug</mda:meta></mda:metaGroup></mda:metadata>"
        + "<notes><note category='tool' priority='2'>Datei</note></notes>"
        + "<group id='g1' my:folder='x'><unit my:checked='yes' id='s1'><my:state>ok</my:state>"
        + "<notes><note id='n1' appliesTo='target'>Bitte prüfen</note></notes>"
        + "<segment state='translated' id='seg'><source>Der Rat.</source><target>Meclis.</target></segment>"
        + "</unit></group></file></xliff>");
    XliffUnit unit = doc.units().get(0);
    assertEquals("s1", unit.id());
    assertEquals(Content.text("Meclis."), unit.target());
    assertEquals(State.TRANSLATED, unit.state());
    assertEquals(List.of("Bitte prüfen"), unit.notes());
  }

  @Test
  void acceptsCdataCharacterReferencesBomAndCrlf() {
    String xml = "\ufeff" + xliff("<unit id=\"s1\" xml:space=\"preserve\"><segment state=\"translated\">"
        + "<source><![CDATA[a < b & ]]>&#x130;&#305;&#160;&amp;&quot;</source>\r\n"
        + "<target>&#286;&#287;&#xA0;</target></segment></unit>").replace("\n", "\r\n");
    XliffUnit unit = read(xml).units().get(0);
    assertEquals("a < b & İı\u00a0&\"", unit.source().plainText());
    assertEquals("Ğğ\u00a0", unit.target().plainText());
  }

  @Test
  void xmlSpaceIsInheritedFromFileAndUnit() {
    XliffDocument doc = read("<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='de'"
        + " trgLang='tr'><file id='a' xml:space='preserve'><unit id='s1'><segment><source> a  b </source>"
        + "</segment></unit><unit id='s2' xml:space='default'><segment><source>\n  c\n</source></segment>"
        + "</unit></file></xliff>");
    assertTrue(doc.units().get(0).preserveSpace());
    assertEquals(" a  b ", doc.units().get(0).source().plainText());
    assertFalse(doc.units().get(1).preserveSpace());
    assertEquals("\n  c\n", doc.units().get(1).source().plainText(), "whitespace is reported as written");
  }

  @Test
  void keepsTheTextOfAnnotationsAndDropsTheirMarkers() {
    XliffUnit unit = unit("<unit id='s1'><notes><note id='n1'>Begriff</note></notes><segment state='translated'>"
        + "<source>Die <mrk id='m1' type='term' ref='#n=n1'>Kommune</mrk> <sm id='m2' type='comment'"
        + " value='prüfen'/>hilft<em startRef='m2'/>.</source>"
        + "<target><mrk id='m1' type='comment' ref='#n=n1'>Belediye</mrk> yardım ediyor.</target>"
        + "</segment></unit>");
    assertEquals(Content.text("Die Kommune hilft."), unit.source());
    assertEquals(Content.text("Belediye yardım ediyor."), unit.target());
  }

  @Test
  void joinsSegmentsAToolSplitAndOrdersTheirTargets() {
    XliffUnit unit = unit("<unit id='s1'><segment id='1' state='reviewed'><source>Erster Satz.</source>"
        + "<target order='3'>İkinci.</target></segment><ignorable><source> </source></ignorable>"
        + "<segment id='2' state='translated'><source>Zweiter Satz.</source><target order='1'>Birinci.</target>"
        + "</segment></unit>");
    assertEquals("Erster Satz. Zweiter Satz.", unit.source().plainText());
    assertEquals("Birinci. İkinci.", unit.target().plainText());
    assertEquals(State.TRANSLATED, unit.state(), "a unit is as far as its least advanced segment");
  }

  @Test
  void readsCodesOfOtherToolsWithIdsOfTheirOwn() {
    XliffUnit unit = unit("<unit id='s1'><originalData><data id='o1'>&lt;b&gt;</data><data id='o2'>&lt;/b&gt;</data>"
        + "<data id='o3'>&lt;br/&gt;</data></originalData><segment state='translated'>"
        + "<source>a <pc id='b1' dataRefStart='o1' dataRefEnd='o2' type='fmt' subType='xlf:b'>fett</pc>"
        + "<ph id='br' dataRef='o3'></ph></source>"
        + "<target><ph id='br' dataRef='o3'/><pc id='b1' dataRefStart='o1' dataRefEnd='o2' type='fmt'"
        + " subType='xlf:b'>kalın</pc> a</target></segment></unit>");
    int bold = unit.source().codes().get(0).id();
    int br = unit.source().codes().get(2).id();
    assertTrue(bold != br && bold >= 1_000_000 && br >= 1_000_000, unit.source().markup());
    assertEquals(content("a ", open(bold, "bold", "<b>"), "fett", close(bold, "bold", "</b>"), ph(br, "", "<br/>")),
        unit.source());
    assertEquals(content(ph(br, "", "<br/>"), open(bold, "bold", "<b>"), "kalın", close(bold, "bold", "</b>"), " a"),
        unit.target());
  }

  @Test
  void readsVersions21And22AsXliff2() {
    for (String version : List.of("2.1", "2.2")) {
      String xml = xliff("<unit id='s1'><segment><source>x</source></segment></unit>")
          .replace("version=\"2.0\"", "version=\"" + version + "\"");
      assertEquals(1, read(xml).units().size(), version);
    }
  }

  @Test
  void mapsStatesAndCountsAnInitialTargetAsATarget() {
    String units = "<unit id='i'><segment><source>a</source><target>b</target></segment></unit>"
        + "<unit id='u'><segment state='initial' subState='tandem:needs-update'><source>a</source><target>b</target></segment></unit>"
        + "<unit id='t'><segment state='translated'><source>a</source><target>b</target></segment></unit>"
        + "<unit id='r'><segment state='reviewed' subState='acme:checked'><source>a</source><target>b</target></segment></unit>"
        + "<unit id='f'><segment state='final'><source>a</source><target>b</target></segment></unit>"
        + "<unit id='e'><segment state='final'><source>a</source><target>  </target></segment></unit>";
    List<XliffUnit> read = read(xliff(units)).units();
    assertEquals(List.of(State.NEW, State.NEEDS_UPDATE, State.TRANSLATED, State.REVIEWED, State.FINAL, State.NEW),
        read.stream().map(XliffUnit::state).toList());
    assertTrue(read.get(0).hasTarget(), "a real target under state initial still counts as a translation on import");
    assertNull(read.get(0).rawState());
    assertEquals("final", read.get(5).rawState());
  }

  @Test
  void readsAFileWithoutOriginalOrTargetLanguage() {
    XliffDocument doc = read("<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='tr'>"
        + "<file id='izmir'><unit id='s1'><segment><source>İzmir</source></segment></unit></file></xliff>");
    assertEquals("", doc.original());
    assertEquals(Lang.DE, doc.targetLang(), "a missing trgLang is the other language");
  }
}
