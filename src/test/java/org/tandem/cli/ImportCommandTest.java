package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.Workspace;

/**
 * {@code tandem import} of XLIFF 1.2 and 2.0: all or nothing per file, {@code --partial},
 * {@code --accept-changed}, {@code --dry-run}, exit codes, and files that must not hurt.
 */
class ImportCommandTest {
  @TempDir Path tmp;
  Path ws;

  @BeforeEach
  void copySample() throws Exception {
    ws = Workspaces.sample(tmp.resolve("ws"));
  }

  private Path export(String chapter, String version) {
    CliRun run = tandem(ws, "export", chapter, "-o", tmp.resolve("out" + version).toString(), "--xliff", version);
    assertEquals(0, run.exit(), run.toString());
    return tmp.resolve("out" + version).resolve(chapter + ".de-tr.xlf");
  }

  private Segment stored(String chapter, String key) {
    Workspace w = Workspace.open(ws);
    return w.load(w.config().chapter(chapter).orElseThrow()).segments().stream()
        .filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  /** Gives every 2.0 unit its source as target, state translated. */
  private static String targetsAsSources20(String xml) {
    Matcher m = Pattern.compile("(<source>(.*?)</source>)", Pattern.DOTALL).matcher(xml);
    String copied = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "<target>" + r.group(2) + "</target>"));
    return copied.replace("state=\"initial\"", "state=\"translated\"");
  }

  @Test
  void filesOfOneChapterAreAppliedInTheOrderGivenBesideOtherChapters() throws Exception {
    Path first = export("pandemie-sprachkurse", "2.0");
    Path second = tmp.resolve("second.xlf");
    Path other = export("altena-ehrenamt", "2.0");
    String translated = targetsAsSources20(Files.readString(first));
    Files.writeString(first, translated);
    Files.writeString(second, translated.replaceFirst("<target>([^<]*)</target>", "<target>Son sürüm</target>"));
    String key = Pattern.compile("<unit id=\"([^\"]+)\"").matcher(translated).results().findFirst().orElseThrow()
        .group(1);
    CliRun run = tandem(ws, "import", first.toString(), other.toString(), second.toString());
    assertEquals(0, run.exit(), run.toString());
    assertEquals("Son sürüm", stored("pandemie-sprachkurse", key).target().markup(), "the later file wins");
    String out = run.out();
    assertTrue(out.indexOf(first.toString()) < out.indexOf(other.toString())
        && out.indexOf(other.toString()) < out.indexOf(second.toString()), "reported in the order given: " + out);
    assertTrue(out.contains(second + ": pandemie-sprachkurse: 1 applied, 43 unchanged"), out);
  }

  @Test
  void importsXliff20AndBuildsTheChapter() throws Exception {
    Path xlf = export("pandemie-sprachkurse", "2.0");
    Files.writeString(xlf, targetsAsSources20(Files.readString(xlf)));
    CliRun run = tandem(ws, "import", xlf.toString());
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().contains("pandemie-sprachkurse: 44 applied, 0 unchanged, 0 rejected"), run.toString());
    assertEquals(0, tandem(ws, "build", "pandemie-sprachkurse", "--require-complete").exit());
    assertEquals(Files.readString(ws.resolve("chapters/de/pandemie-sprachkurse.md")),
        Files.readString(ws.resolve("build/tr/pandemie-sprachkurse.md")));
    CliRun again = tandem(ws, "import", xlf.toString());
    assertTrue(again.out().contains("0 applied, 44 unchanged, 0 rejected"), again.toString());
  }

  @Test
  void aRejectedUnitRefusesTheWholeFileUnlessPartial() throws Exception {
    Path xlf = export("altena-ehrenamt", "2.0");
    String xml = Files.readString(xlf).replaceFirst("<target>Altena ve gönüllülüğün gücü</target>",
        "<target>Altena ve gönüllülerin gücü</target>").replace("<unit id=\"s3\"", "<unit id=\"s999\"");
    Files.writeString(xlf, xml);
    Map<String, String> before = Workspaces.fingerprint(ws.resolve("segments"));
    CliRun refused = tandem(ws, "import", xlf.toString());
    assertEquals(1, refused.exit(), refused.toString());
    assertTrue(refused.err().contains(xlf + ":") && refused.err().contains(": unit s999: no segment with this id"),
        refused.toString());
    assertTrue(refused.err().contains("refused: nothing of this file was applied"), refused.toString());
    assertEquals(before, Workspaces.fingerprint(ws.resolve("segments")));

    CliRun partial = tandem(ws, "import", "--partial", xlf.toString());
    assertEquals(1, partial.exit(), "still 1: a unit was rejected\n" + partial);
    assertTrue(partial.out().contains("1 applied"), partial.toString());
    assertTrue(partial.err().contains("the other units were applied (--partial)"), partial.toString());
    assertEquals("Altena ve gönüllülerin gücü", stored("altena-ehrenamt", "s1").target().plainText());
  }

  @Test
  void aChangedSourceIsAConflictWithBothTextsAndCanBeAcceptedAsNeedsUpdate() throws Exception {
    Path xlf = export("altena-ehrenamt", "1.2");
    String xml = Files.readString(xlf).replaceFirst("Altena ist eine Kleinstadt", "Altena ist eine Großstadt");
    Files.writeString(xlf, xml);
    CliRun conflict = tandem(ws, "import", xlf.toString());
    assertEquals(1, conflict.exit(), conflict.toString());
    assertTrue(conflict.err().contains("unit s2: conflict: the source changed after the export"), conflict.toString());
    assertTrue(conflict.err().contains("in the file:      Altena ist eine Großstadt"), conflict.toString());
    assertTrue(conflict.err().contains("in the workspace: Altena ist eine Kleinstadt"), conflict.toString());
    assertTrue(conflict.out().contains("1 in conflict"), conflict.toString());

    CliRun accepted = tandem(ws, "import", "--accept-changed", xlf.toString());
    assertEquals(0, accepted.exit(), accepted.toString());
    assertTrue(accepted.out().contains("1 with a changed source, now needs-update"), accepted.toString());
    Segment s2 = stored("altena-ehrenamt", "s2");
    assertEquals(State.NEEDS_UPDATE, s2.state());
    assertTrue(s2.source().plainText().startsWith("Altena ist eine Kleinstadt"), "the chapter's text stays");
    assertTrue(s2.previousSource().plainText().startsWith("Altena ist eine Großstadt"),
        "the translation was made for the file's source");
  }

  @Test
  void scrambledCodesAreRejectedWithUnitAndCode() throws Exception {
    Path xlf = export("altena-ehrenamt", "1.2");
    String xml = EndToEndTest.replaceFirstTarget(Files.readString(xlf), "s42",
        "<ept id=\"1\">x</ept>Belediyeler Birliği<bpt id=\"1\">[</bpt>");
    Files.writeString(xlf, xml);
    CliRun run = tandem(ws, "import", xlf.toString());
    assertEquals(1, run.exit(), run.toString());
    assertTrue(run.err().contains("unit s42: the target's inline codes are in an order that would break the"
        + " document: {/1} comes before {1}"), run.toString());
  }

  @Test
  void dryRunWritesNothing() throws Exception {
    Path xlf = export("pandemie-sprachkurse", "2.0");
    Files.writeString(xlf, targetsAsSources20(Files.readString(xlf)));
    Map<String, String> before = Workspaces.fingerprint(ws.resolve("segments"));
    CliRun run = tandem(ws, "import", "--dry-run", xlf.toString());
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().contains("(dry run): 44 applied"), run.toString());
    assertEquals(before, Workspaces.fingerprint(ws.resolve("segments")));
  }

  @Test
  void exitCodeTwoForAFileThatCannotBeRead() throws Exception {
    Path good = export("altena-ehrenamt", "2.0");
    CliRun missing = tandem(ws, "import", good.toString(), tmp.resolve("fehlt.xlf").toString());
    assertEquals(2, missing.exit(), missing.toString());
    assertTrue(missing.err().contains("fehlt.xlf: the file does not exist"), missing.toString());
    assertEquals(2, tandem(ws, "import", tmp.toString()).exit(), "a folder");
  }

  @Test
  void hostileAndWrongFilesOfBothVersionsLeaveTheStoreUntouchedAndLeakNothing() throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "GEHEIM-Kennwort-4711");
    String v20 = Files.readString(export("altena-ehrenamt", "2.0"));
    String v12 = Files.readString(export("altena-ehrenamt", "1.2"));
    String decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    String include = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secret.toUri()
        + "\" parse=\"text\"/>";
    Map<String, byte[]> attacks = new LinkedHashMap<>();
    attacks.put("xxe20.xlf", utf8(v20.replace(decl, decl + "\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri()
        + "\">]>").replaceFirst("<source>", "<source>&e;")));
    attacks.put("parameter-entity.xlf", utf8(v20.replace(decl, decl + "\n<!DOCTYPE x [<!ENTITY % p SYSTEM \""
        + secret.toUri() + "\"> %p;]>")));
    attacks.put("xinclude20.xlf", utf8(v20.replaceFirst("<source>", "<source>" + include)));
    attacks.put("xinclude12.xlf", utf8(v12.replaceFirst("<source>", "<source>" + include)));
    attacks.put("outside-original.xlf", utf8(v12.replace("chapters/de/altena-ehrenamt.md", "../../etc/passwd")
        .replace("<note from=\"tandem\">chapter: altena-ehrenamt</note>", "")));
    attacks.put("other-chapter.xlf", utf8(v20.replace("<file id=\"altena-ehrenamt\"", "<file id=\"osnabrueck-integrationskonzept\"")));
    attacks.put("wrong-pair.xlf", utf8(v20.replace("srcLang=\"de\" trgLang=\"tr\"", "srcLang=\"tr\" trgLang=\"de\"")));
    attacks.put("duplicate.xlf", utf8(v20.replace("<unit id=\"s3\"", "<unit id=\"s2\"")));
    attacks.put("empty.xlf", new byte[0]);
    attacks.put("truncated.xlf", utf8(v20.substring(0, v20.length() / 3)));
    attacks.put("latin1.xlf", v20.replace(" encoding=\"UTF-8\"", "").getBytes(StandardCharsets.ISO_8859_1));
    attacks.put("latin1-12.xlf", v12.replace(" encoding=\"UTF-8\"", "").getBytes(StandardCharsets.ISO_8859_1));
    Map<String, String> expected = Map.ofEntries(
        Map.entry("xxe20.xlf", "must not contain a DTD"), Map.entry("parameter-entity.xlf", "must not contain a DTD"),
        Map.entry("xinclude20.xlf", "must not use XInclude"), Map.entry("xinclude12.xlf", "must not use XInclude"),
        Map.entry("outside-original.xlf", "belongs to no chapter of this workspace"),
        Map.entry("other-chapter.xlf", "its original is 'chapters/de/altena-ehrenamt.md', the file of chapter 'altena-ehrenamt'"),
        Map.entry("wrong-pair.xlf", "the file translates tr -> de, but chapter 'altena-ehrenamt' is de -> tr"),
        Map.entry("duplicate.xlf", "unit s2: the unit appears twice"), Map.entry("empty.xlf", "it is empty"),
        Map.entry("truncated.xlf", "probably cut off"), Map.entry("latin1.xlf", "the file is not UTF-8"),
        Map.entry("latin1-12.xlf", "the file is not UTF-8"));
    Map<String, String> before = withoutLock(Workspaces.fingerprint(ws));
    for (Map.Entry<String, byte[]> attack : attacks.entrySet()) {
      Path file = Files.write(tmp.resolve(attack.getKey()), attack.getValue());
      CliRun run = tandem(ws, "import", file.toString());
      int refusedByTheWorkspace = REFUSED_BY_THE_WORKSPACE.contains(attack.getKey()) ? 1 : 2;
      assertEquals(refusedByTheWorkspace, run.exit(), attack.getKey() + "\n" + run);
      assertTrue(run.err().contains(expected.get(attack.getKey())), attack.getKey() + "\n" + run);
      assertTrue(run.err().contains(file + ": refused: nothing of this file was applied"), run.toString());
      assertFalse(run.out().contains("GEHEIM") || run.err().contains("GEHEIM"), "nothing leaks: " + run);
      assertEquals(before, withoutLock(Workspaces.fingerprint(ws)), attack.getKey());
    }
  }

  /** Readable XLIFF that this workspace refuses (exit 1); the other files cannot be read as XLIFF (exit 2). */
  private static final Set<String> REFUSED_BY_THE_WORKSPACE =
      Set.of("outside-original.xlf", "other-chapter.xlf", "wrong-pair.xlf");

  @Test
  void aFileThatIsNotXliffExitsTwoAsCheckDoes() throws Exception {
    Map<String, String> files = Map.of(
        "page.xlf", "<html><body><p>Merhaba</p></body></html>",
        "broken.xlf", "<xliff version=\"1.2\"><file>",
        "notes.xlf", "Das ist keine XML-Datei.\n");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = Files.writeString(tmp.resolve(f.getKey()), f.getValue());
      CliRun imported = tandem(ws, "import", file.toString());
      assertEquals(2, imported.exit(), imported.toString());
      assertTrue(imported.err().contains(file + ": refused: nothing of this file was applied"), imported.toString());
      CliRun checked = tandem(ws, "check", file.toString());
      assertEquals(2, checked.exit(), checked.toString());
    }
  }

  /** The workspace's files but the lock file the first command creates. */
  private static Map<String, String> withoutLock(Map<String, String> files) {
    files.remove(".tandem.lock");
    return files;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aTurkishChapterImportsFromXliff20() throws Exception {
    Path xlf = tmp.resolve("outtr/sisli-suriyeli-multeciler.tr-de.xlf");
    assertEquals(0, tandem(ws, "export", "sisli-suriyeli-multeciler", "-o", xlf.getParent().toString(),
        "--xliff", "2.0").exit());
    String xml = Files.readString(xlf);
    assertTrue(xml.contains("srcLang=\"tr\" trgLang=\"de\""), xml.substring(0, 200));
    CliRun run = tandem(ws, "import", xlf.toString());
    assertEquals(0, run.exit(), run.toString());
    Chapter chapter = Workspace.open(ws).config().chapter("sisli-suriyeli-multeciler").orElseThrow();
    assertEquals(Lang.TR, chapter.sourceLang());
  }
}
