package org.tandem.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import net.sf.okapi.common.filters.IFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.xliff.Xliff12Reader;
import org.tandem.xliff.XliffDocument;

/** Okapi's XLIFF 1.2 filter reads every file tandem exports exactly as tandem means it. */
class OkapiXliff12FilterTest {
  @TempDir Path tmp;

  @Test
  void readsEveryExportedUnitWithItsIdTextAndCodes() throws Exception {
    IFilter filter = OkapiXliff12.filter().orElse(null);
    RequiredTool.check(filter != null, "Okapi's XLIFF 1.2 filter (" + OkapiXliff12.FILTER + ")",
        "okapi-filter-xliff, on the test classpath with mvn -Pinterop");
    InteropWorkspace ws = InteropWorkspace.copyOfSample(tmp.resolve("ws")).withTestChapters();
    int files = 0;
    for (String[] options : List.of(new String[0], new String[] {"--copy-source"})) {
      for (Path file : ws.export(tmp.resolve("out-" + options.length), options)) {
        XliffDocument ours = new Xliff12Reader().read(file);
        List<OkapiXliff12.Unit> expected = ours.units().stream().map(OkapiXliff12.Unit::of).toList();
        assertEquals(expected, OkapiXliff12.read(filter, file, ours.sourceLang().code(), ours.targetLang().code()),
            file.getFileName().toString());
        files++;
      }
    }
    assertEquals(2 * org.tandem.store.Workspace.open(ws.dir()).config().chapters().size(), files,
        "every chapter, exported twice");
  }
}
