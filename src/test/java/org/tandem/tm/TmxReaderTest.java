package org.tandem.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Lang;
import org.tandem.model.State;
import org.tandem.model.TandemException;

/** The TMX reader on files from other tools, and on hostile or broken input. */
class TmxReaderTest {
  @TempDir Path tmp;

  static TmxReader.Result read(String xml) {
    return new TmxReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "in.tmx");
  }

  /** Like OmegaT's project_save.tmx: a DOCTYPE naming the DTD, region codes, no props, an English unit. */
  static final String FOREIGN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE tmx SYSTEM "tmx11.dtd">
      <tmx version="1.1">
        <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
            creationtoolversion="3.6.0" segtype="sentence" srclang="de-DE"/>
        <body>
          <tu>
            <tuv lang="DE-DE"><seg>Die <bpt i="1">&lt;b0&gt;</bpt>Kommune<ept i="1">&lt;/b0&gt;</ept> hilft.</seg></tuv>
            <tuv lang="TR-TR"><seg><bpt i="1">&lt;b0&gt;</bpt>Belediye<ept i="1">&lt;/b0&gt;</ept> yardım ediyor.</seg></tuv>
          </tu>
          <tu tuid="7" srclang="tr">
            <note>from an old project</note>
            <tuv xml:lang="en"><seg>The mosque.</seg></tuv>
            <tuv xml:lang="tr"><seg>Cami <hi type="b">eski</hi><ph x="9">&lt;br/&gt;</ph>ve<ut>{\\i}</ut> büyük.</seg></tuv>
            <tuv xml:lang="de"><seg>Die Moschee ist alt und groß.</seg></tuv>
          </tu>
          <tu><tuv xml:lang="en"><seg>Only English.</seg></tuv><tuv xml:lang="fr"><seg>Que français.</seg></tuv></tu>
        </body>
      </tmx>
      """;

  @Test
  void readsTmxFromOtherTools() {
    TmxReader.Result r = read(FOREIGN);
    assertEquals(1, r.skipped());
    assertEquals(2, r.units().size());
    TmUnit first = r.units().get(0);
    assertEquals(Lang.DE, first.sourceLang());
    assertEquals("Die {1}Kommune{/1} hilft.", first.source().markup());
    assertEquals("<b0>", first.source().codes().get(0).data());
    assertEquals("{1}Belediye{/1} yardım ediyor.", first.target().markup());
    assertEquals("in.tmx#1", first.origin());
    assertEquals(State.TRANSLATED, first.state());
    TmUnit second = r.units().get(1);
    assertEquals(Lang.TR, second.sourceLang(), "the tu's srclang wins over the header's");
    assertEquals("Cami eski{9/}ve{10/} büyük.", second.source().markup());
    assertEquals("Die Moschee ist alt und groß.", second.target().markup());
    assertEquals("in.tmx#7", second.origin());
  }

  @Test
  void theDtdNamedInTheDoctypeIsNeverLoaded() {
    String xml = FOREIGN.replace("tmx11.dtd", "file:///does/not/exist/tmx14.dtd");
    assertEquals(2, read(xml).units().size());
  }

  @Test
  void refusesEntityDeclarations() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE tmx [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <tmx version="1.4"><header srclang="de"/><body><tu><tuv xml:lang="de"><seg>&secret;</seg></tuv>
        <tuv xml:lang="tr"><seg>x</seg></tuv></tu></body></tmx>
        """;
    TandemException e = assertThrows(TandemException.class, () -> read(xxe));
    assertTrue(e.getMessage().contains("must not declare entities"), e.getMessage());
    assertEquals(2, e.line());
    String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
        + "<tmx><body><tu><tuv xml:lang=\"de\"><seg>&b;</seg></tuv></tu></body></tmx>";
    assertThrows(TandemException.class, () -> read(laughs));
  }

  @Test
  void refusesWhatIsNotTmxOrNotWellFormed() {
    TandemException notTmx = assertThrows(TandemException.class,
        () -> read("<xliff version=\"1.2\"><file/></xliff>"));
    assertTrue(notTmx.getMessage().contains("not a TMX file"), notTmx.getMessage());
    TandemException cut = assertThrows(TandemException.class,
        () -> read("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<body><tu>"));
    assertTrue(cut.getMessage().contains("not well-formed"), cut.getMessage());
    assertEquals("in.tmx", cut.file());
    assertTrue(cut.line() >= 3, cut.located());
  }

  @Test
  void namesMissingFiles() {
    TandemException e = assertThrows(TandemException.class,
        () -> new TmxReader().read(tmp.resolve("nope.tmx"), "nope.tmx"));
    assertEquals("nope.tmx: the file does not exist", e.located());
  }

  @Test
  void readsFilesFromDisk() throws Exception {
    Path file = tmp.resolve("m.tmx");
    Files.writeString(file, FOREIGN);
    List<TmUnit> units = new TmxReader().read(file, "tm/m.tmx").units();
    assertEquals("tm/m.tmx#7", units.get(1).origin());
  }
}
