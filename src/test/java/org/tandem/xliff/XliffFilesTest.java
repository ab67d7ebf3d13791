package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.TandemException;

/** The facade tells XLIFF 1.2 from 2.0 by the file's root, reads both the same way and writes either. */
class XliffFilesTest {
  @TempDir Path tmp;

  private Path write(String name, XliffDocument doc, XliffVersion version) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XliffFiles.write(doc, version, out);
    return Files.write(tmp.resolve(name), out.toByteArray());
  }

  @Test
  void readsBothVersionsOfTheSameDocumentAlike() throws IOException {
    XliffDocument doc = XliffSamples.all().get("codes");
    XliffDocument v12 = XliffFiles.read(write("a.xlf", doc, XliffVersion.V1_2));
    XliffDocument v20 = XliffFiles.read(write("b.xlf", doc, XliffVersion.V2_0));
    assertEquals(v12.units().stream().map(Xliff20RoundTripTest::comparable).toList(),
        v20.units().stream().map(Xliff20RoundTripTest::comparable).toList());
    assertEquals(List.of(v12.chapter(), v12.original()), List.of(v20.chapter(), v20.original()));
    assertEquals(XliffVersion.V1_2, XliffFiles.readAny(tmp.resolve("a.xlf")).version());
    assertEquals(XliffVersion.V2_0, XliffFiles.readAny(tmp.resolve("b.xlf")).version());
  }

  @Test
  void writesWithTheWriterOfTheVersion() throws IOException {
    XliffDocument doc = XliffSamples.all().get("states");
    assertArrayEquals(Xliff20WriterGoldenTest.write(doc), Files.readAllBytes(write("s.xlf", doc, XliffVersion.V2_0)));
    assertArrayEquals(Xliff12WriterGoldenTest.write(doc), Files.readAllBytes(write("t.xlf", doc, XliffVersion.V1_2)));
  }

  @Test
  void readsAnyLanguagesAndSeveralFilesForChecking() throws IOException {
    Path v12 = Files.writeString(tmp.resolve("vendor.xlf"), """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="a.html" source-language="en-US" target-language="fr" datatype="html"><body>
            <trans-unit id="1"><source>Hello</source><target>Bonjour</target></trans-unit>
          </body></file>
          <file original="b.html" source-language="en-US" target-language="fr" datatype="html"><body>
            <trans-unit id="1"><source>Bye</source></trans-unit>
          </body></file>
        </xliff>
        """);
    XliffBundle bundle = XliffFiles.readAny(v12);
    assertEquals(2, bundle.files().size());
    assertEquals("en-US", bundle.sourceLanguage());
    assertEquals("fr", bundle.targetLanguage());
    assertEquals(List.of(3, 6), List.of(bundle.files().get(0).lines().get(0), bundle.files().get(1).lines().get(0)));
    assertEquals(List.of("Hello", "Bye"), bundle.units().stream().map(u -> u.source().plainText()).toList());
  }

  @Test
  void aChaptersFileHasOneFileElementInGermanAndTurkish() throws IOException {
    Path two = Files.writeString(tmp.resolve("two.xlf"), """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr">
          <file id="a"><unit id="s1"><segment><source>a</source></segment></unit></file>
          <file id="b"><unit id="s1"><segment><source>b</source></segment></unit></file>
        </xliff>
        """);
    TandemException e = assertThrows(TandemException.class, () -> XliffFiles.read(two));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("more than one <file>"), e.located());
    Path english = Files.writeString(tmp.resolve("en.xlf"), """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="tr">
          <file id="a"><unit id="s1"><segment><source>a</source></segment></unit></file>
        </xliff>
        """);
    TandemException lang = assertThrows(TandemException.class, () -> XliffFiles.read(english));
    assertTrue(lang.getMessage().contains("srcLang is 'en'; tandem translates between German (de) and Turkish (tr)"),
        lang.located());
  }

  @Test
  void streamsTheHeaderBeforeTheUnits() throws IOException {
    Path file = write("c.xlf", XliffSamples.all().get("states"), XliffVersion.V2_0);
    List<String> seen = new ArrayList<>();
    XliffFiles.readChapter(file, new XliffChapterHandler() {
      @Override
      public void header(XliffDocument header) {
        seen.add("header " + header.chapter() + " " + header.units().size());
      }

      @Override
      public void unit(XliffUnit unit, int line) {
        seen.add(unit.id() + "@" + line);
      }
    });
    assertEquals("header states 0", seen.get(0));
    assertEquals("new@4", seen.get(1));
    assertEquals(7, seen.size());
  }

  @Test
  void namesAMissingFileAndAFolder() {
    TandemException missing = assertThrows(TandemException.class, () -> XliffFiles.readAny(tmp.resolve("nix.xlf")));
    assertTrue(missing.getMessage().contains("does not exist"));
    TandemException folder = assertThrows(TandemException.class, () -> XliffFiles.readAny(tmp));
    assertTrue(folder.getMessage().contains("folder"));
  }
}
