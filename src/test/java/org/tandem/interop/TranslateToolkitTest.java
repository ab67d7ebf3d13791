package org.tandem.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.xliff.Xliff12Reader;
import org.tandem.xliff.XliffDocument;
import org.tandem.xliff.XliffUnit;

/**
 * translate-toolkit (Debian's {@code translate-toolkit}) loads tandem's XLIFF 1.2 with its XLIFF storage,
 * sets targets and states as a CAT tool built on it does, saves, and tandem imports the result.
 */
class TranslateToolkitTest {
  @TempDir Path tmp;

  @BeforeAll
  static void toolInstalled() throws Exception {
    RequiredTool.check(TranslateToolkit.available(), "translate-toolkit for /usr/bin/python3",
        "apt-get install translate-toolkit");
  }

  @Test
  void richTargetsKeepEveryInlineCodeAndEveryUnitImports() throws Exception {
    InteropWorkspace ws = InteropWorkspace.copyOfSample(tmp.resolve("ws")).withTestChapters();
    for (TestChapter chapter : TestChapter.values()) {
      Path exported = ws.export(tmp.resolve("out-" + chapter.id()), chapter.id()).get(0);
      Path saved = tmp.resolve("saved-" + chapter.xliffName());
      TranslateToolkit.translate(exported, saved, chapter, "translated",
          Map.of("s1", "signed-off", "s2", "final", "s3", "needs-review-translation"));
      assertCodesKept(saved);
      ws.importAll(saved, chapter.id(), unitCount(exported));
      assertEquals(chapter.expectedBuild(), ws.build(chapter), chapter.id());
    }
    Map<String, String> states = ws.states(TestChapter.SPRACHCAFE.id());
    assertEquals(List.of("reviewed", "final", "needs-update", "translated"),
        List.of(states.get("s1"), states.get("s2"), states.get("s3"), states.get("s4")),
        "signed-off, final, needs-review-translation and translated map onto tandem's states: " + states);
  }

  @Test
  void resavingEverySampleChapterLosesNothing() throws Exception {
    InteropWorkspace ws = InteropWorkspace.copyOfSample(tmp.resolve("ws"));
    Map<String, String> before = ws.fingerprint();
    for (Path exported : ws.export(tmp.resolve("out"))) {
      Path saved = tmp.resolve("saved-" + exported.getFileName());
      TranslateToolkit.resave(exported, saved);
      XliffDocument original = new Xliff12Reader().read(exported);
      assertEquals(original.units(), new Xliff12Reader().read(saved).units(),
          exported.getFileName() + ": every id, source, target, code, state and note survives a re-save");
      ws.importAll(saved, original.chapter(), 0);
    }
    assertEquals(before, ws.fingerprint(), "importing unchanged files leaves the workspace byte for byte as it was");
  }

  /** Each target has exactly the source's inline codes, data included, in the same order. */
  private static void assertCodesKept(Path file) {
    for (XliffUnit unit : new Xliff12Reader().read(file).units()) {
      assertEquals(unit.source().codes(), unit.target().codes(), file.getFileName() + " unit " + unit.id());
    }
  }

  private static int unitCount(Path file) {
    return new Xliff12Reader().read(file).units().size();
  }
}
