package org.tandem.format.office;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tandem.extract.ExtractedDocument;
import org.tandem.model.Lang;

class WriteSamplesTest {
  @Test
  void write() throws Exception {
    Path dir = Path.of(System.getProperty("samples.dir", "/tmp/i12b-samples"));
    Files.createDirectories(dir);
    Files.write(dir.resolve("basin.docx"), SampleDocx.bytes());
    ExtractedDocument doc = new DocxFormat().read(SampleDocx.bytes(), "basin.docx", Lang.TR, Dump.RULES);
    Files.write(dir.resolve("brief.odt"), SampleOdt.bytes());
    ExtractedDocument odt = new OdtFormat().read(SampleOdt.bytes(), "brief.odt", Lang.DE, Dump.RULES);
    Files.write(dir.resolve("brief.tr.odt"), new OdtFormat().write(odt, OfficeAssertions.targets(odt, OdtFormatTest.turkish()), Lang.TR, s -> s));
    Files.write(dir.resolve("basin.de.docx"), new DocxFormat().write(doc, OfficeAssertions.targets(doc, DocxFormatTest.german()), Lang.DE, s -> s));
  }
}
