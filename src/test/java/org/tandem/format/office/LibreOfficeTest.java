package org.tandem.format.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.extract.ExtractedDocument;
import org.tandem.interop.RequiredTool;
import org.tandem.model.Lang;

/**
 * LibreOffice opens the translated documents: {@code soffice --headless --convert-to pdf} succeeds
 * and the PDF's text holds the translations (Debian: libreoffice-writer-nogui, poppler-utils).
 */
class LibreOfficeTest {
  private static final String HOW = "apt-get install libreoffice-writer-nogui poppler-utils";

  @Test
  void translatedDocxAndOdtOpenInLibreOffice(@TempDir Path dir) throws Exception {
    RequiredTool.check(onPath("soffice") && onPath("pdftotext"), "LibreOffice (soffice) and pdftotext", HOW);
    ExtractedDocument docx = new DocxFormat().read(SampleDocx.bytes(), "basin.docx", Lang.TR, Dump.RULES);
    Files.write(dir.resolve("basin.docx"), new DocxFormat().write(docx,
        OfficeAssertions.targets(docx, DocxFormatTest.german()), Lang.DE, s -> s));
    ExtractedDocument odt = new OdtFormat().read(SampleOdt.bytes(), "brief.odt", Lang.DE, Dump.RULES);
    Files.write(dir.resolve("brief.odt"), new OdtFormat().write(odt,
        OfficeAssertions.targets(odt, OdtFormatTest.turkish()), Lang.TR, s -> s));

    run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
        "--convert-to", "pdf", "basin.docx", "brief.odt");
    run(dir, "pdftotext", "-enc", "UTF-8", "basin.pdf", "basin.txt");
    run(dir, "pdftotext", "-enc", "UTF-8", "brief.pdf", "brief.txt");
    String german = Files.readString(dir.resolve("basin.txt"), StandardCharsets.UTF_8);
    String turkish = Files.readString(dir.resolve("brief.txt"), StandardCharsets.UTF_8);
    assertTrue(german.contains("In Kadıköy startet das Nachbarschaftsnetz"), german);
    assertTrue(german.contains("Stadtverwaltung Kadıköy – Pressemitteilung"), german);
    assertTrue(german.contains("Das Programm wird aus dem Haushalt 2026 finanziert."), german);
    assertTrue(turkish.contains("Mahallemize hoş geldiniz"), turkish);
    assertTrue(turkish.contains("Sizi bekliyoruz!"), turkish);
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("log.txt").toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + Files.readString(dir.resolve("log.txt")));
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }
}
