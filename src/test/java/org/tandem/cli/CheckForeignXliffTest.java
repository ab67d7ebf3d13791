package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code tandem check FILE} on XLIFF written by other tools (files written for tandem's tests, in their shapes). */
class CheckForeignXliffTest {
  @TempDir Path dir;

  static Path foreign(String name) {
    try {
      return Path.of(CheckForeignXliffTest.class.getResource("/org/tandem/xliff/foreign/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  Path glossary() throws IOException {
    Path g = dir.resolve("terms.csv");
    Files.writeString(g, "id,de,tr,note\n");
    return g;
  }

  CliRun check(String... files) throws IOException {
    List<String> args = new ArrayList<>(List.of("check", "--glossary", glossary().toString(), "--fail-on", "never"));
    for (String f : files) {
      args.add(f.startsWith("-") || args.get(args.size() - 1).equals("--format") ? f : foreign(f).toString());
    }
    return tandem(null, args.toArray(String[]::new));
  }

  /** {@code check --format json} on a file a test wrote; the file must be read (exit 0). */
  CliRun checkJson(Path file) throws IOException {
    CliRun run = tandem(null, "check", "--glossary", glossary().toString(), "--format", "json", "--fail-on", "never",
        file.toString());
    assertEquals(0, run.exit(), run.toString());
    return run;
  }

  /** {@code check --format json} on a file written with {@code doc} (UTF-8). */
  CliRun checkJson(String name, String doc) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, doc);
    return checkJson(file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"trados.sdlxliff", "memoq.xlf", "rainbow.xlf", "passolo.xlf", "ontram.xlf", "toolkit.xlf",
      "xliff10.xlf", "xliff21.xlf"})
  void readsXliffOfOtherTools(String file) throws IOException {
    CliRun run = check(file);
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().contains(" in "), run.toString());
  }

  @Test
  void checksTradosSegmentsEachOnItsOwnAndSkipsStructureUnits() throws IOException {
    CliRun run = check("trados.sdlxliff", "--format", "json");
    assertTrue(run.out().contains("\"unit\":\"a1b2c3d4-0003\",\"rule\":\"date-mismatch\""), run.toString());
    assertTrue(run.out().contains("\"segments\":3"), "two Trados segments, one unit, no structure unit: " + run);
  }

  @Test
  void checksTheTextOfBinaryUnitsAndEveryOkapiSegment() throws IOException {
    CliRun run = check("rainbow.xlf", "--format", "json");
    assertTrue(run.out().contains("\"segments\":4"), "tu1#0, tu1#1, tu2 and the image's text: " + run);
  }

  @Test
  void locatesFindingsByFileOriginalAndUnit() throws IOException {
    CliRun text = check("passolo.xlf", "toolkit.xlf", "memoq.xlf", "rainbow.xlf");
    assertTrue(text.out().contains("toolkit:2: error: [placeholder-mismatch]"), text.toString());
    assertTrue(text.out().contains("memoq:3: warning: [untranslated]"), text.toString());
    assertTrue(!text.out().contains("gerçekten"), "alt-trans is not checked: " + text);
    CliRun github = check("toolkit.xlf", "--format", "github");
    String line = github.out().lines().filter(l -> l.contains("placeholder-mismatch")).findFirst().orElseThrow();
    int at = Integer.parseInt(line.replaceAll(".*,line=(\\d+),.*", "$1"));
    assertTrue(Files.readAllLines(foreign("toolkit.xlf")).get(at - 1).contains("id=\"2\""), line);
  }

  @Test
  void namesEachFileElementAfterItsOriginalAndKeepsRepeatedIdsApart() throws IOException {
    CliRun run = check("passolo.xlf", "--format", "junit");
    assertTrue(run.out().contains("passolo-formulare.rc"), run.toString());
    assertTrue(run.out().contains("passolo-meldungen.rc"), run.toString());
    assertTrue(run.out().contains("1001#2"), run.toString());
  }

  @Test
  void readsPrettyPrintedTextAsItsWordsAndFindsNothingInACleanFile() throws IOException {
    CliRun run = check("xliff10.xlf", "xliff21.xlf", "rainbow.xlf");
    assertTrue(run.out().contains("0 errors, 0 warnings"), run.toString());
  }

  @Test
  void expandsEntitiesOfTheInternalDtdSubsetWithoutLoadingTheExternalDtd() throws IOException {
    CliRun run = check("doctype.xlf", "--format", "json");
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().contains("\"unit\":\"z1\",\"rule\":\"date-mismatch\""), "8:30 is not 9.30: " + run);
    assertTrue(!run.out().contains("\"unit\":\"z2\""), run.toString());
  }

  @Test
  void refusesAnEntityBombWithExit2() throws IOException {
    StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\">");
    for (char c = 'b'; c <= 'g'; c++) {
      doc.append("<!ENTITY ").append(c).append(" \"").append(("&" + (char) (c - 1) + ";").repeat(10)).append("\">");
    }
    doc.append("]>\n<xliff version=\"1.2\"><file original=\"x\" source-language=\"de\" target-language=\"tr\">")
        .append("<body><trans-unit id=\"1\"><source>&g;</source></trans-unit></body></file></xliff>\n");
    Path bomb = dir.resolve("bomb.xlf");
    Files.writeString(bomb, doc);
    CliRun run = tandem(null, "check", "--glossary", glossary().toString(), bomb.toString());
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().contains("bomb.xlf") && run.err().contains("not well-formed"), run.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16LE", "ISO-8859-9", "windows-1254"})
  void readsFilesInTheEncodingTheirDeclarationNames(String encoding) throws IOException {
    String bom = encoding.equals("UTF-16LE") ? "\uFEFF" : "";
    String doc = bom + "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<xliff version=\"1.2\" "
        + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x\" source-language=\"tr\" "
        + "target-language=\"de\"><body><trans-unit id=\"ş1\"><source>Şişli'deki kütüphane 1998'de açıldı.</source>"
        + "<target>Die Bücherei in Şişli wurde 1989 eröffnet.</target></trans-unit></body></file></xliff>\n";
    Path file = dir.resolve(encoding + ".xlf");
    Files.write(file, doc.getBytes(java.nio.charset.Charset.forName(encoding)));
    CliRun run = checkJson(file);
    assertTrue(run.out().contains("\"unit\":\"ş1\",\"rule\":\"number-mismatch\""), "1998 is not 1989: " + run);
    assertTrue(!run.out().contains("encoding-damage"), run.toString());
  }

  @Test
  void readsUtf16WhoseDeclarationWronglySaysUtf8AsTradosWritesIt() throws IOException {
    String doc = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><xliff version=\"1.2\" "
        + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\">"
        + "<file original=\"C:\\Presse\\mitteilung.docx\" source-language=\"de-DE\" target-language=\"tr-TR\">"
        + "<body><group><trans-unit id=\"u1\"><source>Die Straße wird am 3. Juni gesperrt.</source>"
        + "<seg-source><mrk mtype=\"seg\" mid=\"1\">Die Straße wird am 3. Juni gesperrt.</mrk></seg-source>"
        + "<target><mrk mtype=\"seg\" mid=\"1\">Cadde 13 Haziran'da trafiğe kapatılacak.</mrk></target>"
        + "</trans-unit></group></body></file></xliff>";
    Path file = dir.resolve("mitteilung.docx.sdlxliff");
    Files.write(file, doc.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    CliRun run = checkJson(file);
    assertTrue(run.out().contains("\"unit\":\"u1\",\"rule\":\"date-mismatch\""), "3 is not 13: " + run);
    assertTrue(run.out().contains("Straße") && run.out().contains("kapatılacak"), run.toString());
  }

  @Test
  void readsControlCharactersThatXmlForbidsAndReportsThemInATranslation() throws IOException {
    String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" "
        + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x.xml\" source-language=\"tr\" "
        + "target-language=\"de\"><body>\n<trans-unit id=\"k1\"><source>Kayıt formu</source>"
        + "<target>Anmelde&#x1F;formular</target><note>Ctrl-C: &#x03; &#3;</note></trans-unit>\n"
        + "<trans-unit id=\"k2\"><source>Gönder</source><target>Abschicken</target><note>\u0007</note></trans-unit>"
        + "\n</body></file></xliff>\n";
    CliRun run = checkJson("kontrol.xlf", doc);
    assertTrue(run.out().contains("\"unit\":\"k1\",\"rule\":\"encoding-damage\""), run.toString());
    assertTrue(!run.out().contains("\"unit\":\"k2\""), "a note is not checked: " + run);
  }

  @Test
  void splitsTradosSegmentsInsideFormattingAndTakesCopiedCodesForNoTranslation() throws IOException {
    String doc = "<?xml version=\"1.0\" encoding=\"utf-8\"?><xliff xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\" "
        + "version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"C:\\Amt\\info.html\" "
        + "source-language=\"de-DE\" target-language=\"tr-TR\"><body><group>\n"
        + "<trans-unit id=\"p1\"><source><g id=\"5\">Die Bücherei ist offen. Sie hat 12 000 Bände.</g></source>"
        + "<seg-source><g id=\"5\">\n\t<mrk mtype=\"seg\" mid=\"1\">Die Bücherei ist offen.</mrk> "
        + "<mrk mtype=\"seg\" mid=\"2\">Sie hat 12 000 Bände.</mrk>\n</g></seg-source>"
        + "<target><g id=\"5\">\n\t<mrk mtype=\"seg\" mid=\"1\">Kütüphane açık.</mrk> "
        + "<mrk mtype=\"seg\" mid=\"2\">Kütüphanede 1.200 kitap var.</mrk>\n</g></target></trans-unit>\n"
        + "<trans-unit id=\"p2\"><source>Mehr unter <x id=\"7\"/>.</source><seg-source><mrk mtype=\"seg\" mid=\"3\">"
        + "Mehr unter <x id=\"7\"/>.</mrk></seg-source><target><mrk mtype=\"seg\" mid=\"3\"><x id=\"7\"/></mrk>"
        + "</target></trans-unit>\n"
        + "<trans-unit id=\"p3\"><source><x id=\"8\"/></source><target><x id=\"8\"/></target></trans-unit>\n"
        + "</group></body></file></xliff>\n";
    CliRun run = checkJson("info.html.sdlxliff", doc);
    assertTrue(run.out().contains("\"unit\":\"p1#2\",\"rule\":\"number-mismatch\""), run.toString());
    assertTrue(!run.out().contains("\"unit\":\"p1#1\""), "the first sentence is translated well: " + run);
    assertTrue(run.out().contains("\"unit\":\"p2\",\"rule\":\"untranslated\""), run.toString());
    assertTrue(!run.out().contains("\"unit\":\"p2\",\"rule\":\"end-punctuation\""), run.toString());
    assertTrue(!run.out().contains("\"unit\":\"p3\""), "a code-only unit with its code is fine: " + run);
  }

  @Test
  void passesOverXliff2UnitsNotToBeTranslated() throws IOException {
    String doc = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"de\" trgLang=\"tr\">"
        + "<file id=\"f\"><unit id=\"n1\" translate=\"no\"><segment><source>Stadtwerke Köln GmbH</source>"
        + "<target>Stadtwerke Köln GmbH</target></segment></unit><unit id=\"n2\"><segment><source>Wir sind 24 "
        + "Stunden für Sie da.</source><target>7/24 hizmetinizdeyiz.</target></segment></unit></file></xliff>";
    CliRun run = checkJson("dienst.xlf", doc);
    assertTrue(!run.out().contains("\"unit\":\"n1\""), run.toString());
    assertTrue(run.out().contains("\"segments\":1"), run.toString());
  }

  @Test
  void refusesAnotherLanguagePairWithExit2() throws IOException {
    CliRun run = check("english.xlf");
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().contains("en-US → fr-FR") && run.err().contains("German–Turkish"), run.toString());
  }

  @Test
  void readsTheOasisXliff21ValidCoreFiles() throws IOException {
    Path suite = org.tandem.TestData.require("xliff/oasis-2.1-test-suite/core/valid", "The OASIS XLIFF 2.1 test suite");
    List<Path> files;
    try (Stream<Path> s = Files.list(suite)) {
      files = s.filter(p -> p.toString().endsWith(".xlf")).sorted().toList();
    }
    int read = 0;
    List<String> failed = new ArrayList<>();
    for (Path f : files) {
      Path copy = dir.resolve(f.getFileName());
      String text = Files.readString(f).replaceAll("srcLang=(\"[^\"]*\"|'[^']*')", "srcLang=\"de\"")
          .replaceAll("trgLang=(\"[^\"]*\"|'[^']*')", "trgLang=\"tr\"");
      Files.writeString(copy, text);
      CliRun run = tandem(null, "check", "--glossary", glossary().toString(), "--fail-on", "never", copy.toString());
      if (run.exit() == 0) {
        read++;
      } else {
        failed.add(f.getFileName() + ": " + run.err().strip());
      }
    }
    System.out.println("OASIS 2.1 valid core files read by check: " + read + " of " + files.size() + "\n"
        + String.join("\n", failed));
    assertTrue(read >= files.size() * 95 / 100, String.join("\n", failed));
  }
}
