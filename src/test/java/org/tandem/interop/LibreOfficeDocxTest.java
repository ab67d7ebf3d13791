package org.tandem.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice (Debian's {@code libreoffice-writer-nogui}) opens tandem's DOCX edition: converted to
 * PDF it shows both languages, and converted to flat ODT its headings are headings (the navigator)
 * with their outline levels, and both column languages are set.
 */
class LibreOfficeDocxTest {
  private static final String NAME = "integration-vor-ort-yerinde-uyum";

  @TempDir Path tmp;

  @BeforeAll
  static void toolInstalled() throws Exception {
    RequiredTool.check(available(), "LibreOffice (soffice)", "apt-get install libreoffice-writer-nogui");
  }

  @Test
  void theDocxOpensWithHeadingsAndBothLanguages() throws Exception {
    InteropWorkspace ws = InteropWorkspace.copyOfSample(tmp.resolve("ws"));
    ws.tandem("build", "-q", "--edition", "docx").ok();
    Path docx = ws.dir().resolve("build/edition/" + NAME + ".docx");
    convert(docx, "pdf");
    convert(docx, "fodt");
    try (PDDocument pdf = Loader.loadPDF(tmp.resolve("out/" + NAME + ".pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(pdf.getNumberOfPages() > 6, pdf.getNumberOfPages() + " pages");
      for (String expected : List.of("Altena und die Kraft des Ehrenamts", "Altena ve gönüllülüğün gücü",
          "Terimler sözlüğü", "İstihdam")) {
        assertTrue(text.contains(expected), expected);
      }
    }
    Document odt = Jsoup.parse(Files.readString(tmp.resolve("out/" + NAME + ".fodt")), "", Parser.xmlParser());
    List<String> headings = odt.select("text|h[text:outline-level=1]").eachText();
    assertTrue(headings.contains("Altena und die Kraft des Ehrenamts"), headings.toString());
    assertTrue(headings.contains("Sultanbeyli'de Mesleki Eğitim ve İstihdam"), headings.toString());
    String xml = odt.outerHtml();
    assertTrue(xml.contains("fo:language=\"tr\"") && xml.contains("fo:language=\"de\""), "both languages set");
  }

  private void convert(Path docx, String format) throws Exception {
    ChildProcess.run(tmp, List.of("soffice", "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
        "--headless", "--convert-to", format, "--outdir", tmp.resolve("out").toString(), docx.toString())).ok();
  }

  private static boolean available() {
    try {
      return new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
