package org.tandem.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.xliff.Xliff12Reader;
import org.tandem.xliff.XliffDocument;
import org.tandem.xliff.XliffUnit;

/**
 * OmegaT 3.6 (Debian's {@code omegat}) in headless console mode translates tandem's XLIFF 1.2 from a
 * translation memory, and tandem imports the target file OmegaT writes. OmegaT translates the text
 * inside {@code <target>}, so files are exported with {@code --copy-source}.
 */
class OmegaTTest {
  private static OmegaT omegat;

  @TempDir Path tmp;

  @BeforeAll
  static void toolInstalled() throws Exception {
    omegat = OmegaT.installed().orElse(null);
    RequiredTool.check(omegat != null, "OmegaT", "apt-get install omegat");
  }

  @ParameterizedTest
  @EnumSource(TestChapter.class)
  void translatesFromTheTmAndEveryUnitImports(TestChapter chapter) throws Exception {
    InteropWorkspace ws = InteropWorkspace.copyOfSample(tmp.resolve("ws")).withTestChapters();
    OmegaTProject project = OmegaTProject.create(tmp.resolve("project"), chapter.sourceLang(),
        chapter.targetLang());
    Path exported = ws.export(project.source(), chapter.id(), "--copy-source").get(0);
    writeTm(project, chapter);
    omegat.translate(project);
    Path translated = project.target().resolve(exported.getFileName());
    assertTrue(Files.isRegularFile(translated), "OmegaT wrote no " + translated);
    ws.importAll(translated, chapter.id(), new Xliff12Reader().read(exported).units().size());
    assertTrue(ws.states(chapter.id()).values().stream().allMatch("translated"::equals),
        "OmegaT leaves state=\"new\" on what it translated; tandem counts a real target as translated: "
            + ws.states(chapter.id()));
    assertEquals(chapter.expectedBuild(), ws.build(chapter), chapter.id());
  }

  /** The TM: each segment as OmegaT sees it (from its pseudo-translation TMX), translated run by run. */
  private void writeTm(OmegaTProject project, TestChapter chapter) throws Exception {
    Path pseudo = tmp.resolve("pseudo.tmx");
    omegat.pseudoTranslateTmx(project, pseudo);
    Map<String, String> pairs = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String segment : OmegaTTmx.segments(pseudo, chapter.sourceLang())) {
      pairs.put(segment, OmegaTTmx.translate(segment, chapter.leaves(), missing));
    }
    assertEquals(List.of(), missing, "text runs without a translation in translations.json");
    assertTrue(pairs.size() > 5, "OmegaT saw too few segments: " + pairs.keySet());
    OmegaTTmx.write(project.tmAuto().resolve("translations.tmx"), chapter.sourceLang(), chapter.targetLang(),
        pairs);
  }

  @Test
  void everySampleChapterComesBackUnchangedWithoutATm() throws Exception {
    InteropWorkspace ws = InteropWorkspace.copyOfSample(tmp.resolve("ws"));
    Map<String, String> before = ws.fingerprint();
    List<Path> exported = ws.export(tmp.resolve("out"), "--copy-source");
    for (String pair : List.of("de-tr", "tr-de")) {
      List<Path> files = exported.stream().filter(f -> f.toString().endsWith("." + pair + ".xlf")).toList();
      OmegaTProject project = OmegaTProject.create(tmp.resolve("project-" + pair), pair.substring(0, 2),
          pair.substring(3));
      for (Path file : files) {
        Files.copy(file, project.source().resolve(file.getFileName()));
      }
      omegat.translate(project);
      for (Path file : files) {
        Path translated = project.target().resolve(file.getFileName());
        assertSameUnits(file, translated);
        ws.importAll(translated, new Xliff12Reader().read(file).chapter(), 0);
      }
    }
    assertEquals(before, ws.fingerprint(), "importing what OmegaT left as it was changes nothing");
  }

  /** OmegaT's file has every unit of ours with the same id, source, target (codes included) and state. */
  private static void assertSameUnits(Path ours, Path omegats) {
    XliffDocument expected = new Xliff12Reader().read(ours);
    XliffDocument actual = new Xliff12Reader().read(omegats);
    assertEquals(expected.units().stream().map(XliffUnit::id).toList(),
        actual.units().stream().map(XliffUnit::id).toList(), omegats.getFileName() + ": unit ids");
    for (int i = 0; i < expected.units().size(); i++) {
      XliffUnit e = expected.units().get(i);
      XliffUnit a = actual.units().get(i);
      assertEquals(List.of(e.source(), e.target(), e.state()), List.of(a.source(), a.target(), a.state()),
          omegats.getFileName() + " unit " + e.id());
    }
  }
}
