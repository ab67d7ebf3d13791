package org.tandem.format.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.model.Lang;

/** The sample publication's DOCX chapter is the one PressRelease writes (-Dgolden.update=true writes it again). */
class PressReleaseTest {
  @Test
  void theCommittedChapterIsTheGeneratedOne() throws Exception {
    Path file = Path.of(PressRelease.FILE);
    if (Boolean.getBoolean("golden.update")) {
      Files.write(file, PressRelease.bytes());
    }
    Map<String, String> committed = OfficeAssertions.texts(Files.readAllBytes(file));
    Map<String, String> generated = OfficeAssertions.texts(PressRelease.bytes());
    assertEquals(generated, committed);
    OfficeAssertions.assertLossless(new DocxFormat(), Files.readAllBytes(file), Lang.TR);
    OfficeAssertions.assertGolden("zeytinburnu.segments", OfficeAssertions.golden(
        new DocxFormat().read(Files.readAllBytes(file), "zeytinburnu.docx", Lang.TR, Dump.RULES)));
  }
}
