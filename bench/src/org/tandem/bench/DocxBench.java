package org.tandem.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.extract.SrxSegmenter;
import org.tandem.format.office.DocxFormat;
import org.tandem.model.Content;
import org.tandem.model.Lang;

/**
 * A large generated Word document read and written by tandem beside Okapi's OpenXML filter reading it
 * alone and Okapi's merge (filter plus its skeleton writer), in one JVM: each step once to warm up,
 * then the best of {@code RUNS}.
 *
 * <pre>java -cp ... org.tandem.bench.DocxBench WORK_DIR WORDS RUNS</pre>
 */
public final class DocxBench {
  private static final String[] WORDS = ("belediye mahalle gönüllü komşu destek hizmet kurs eğitim öğrenci"
      + " aile çocuk kadın yaşlı merkez program proje başvuru kayıt toplantı dil Türkçe Almanca şehir ilçe"
      + " sağlık okul iş meslek danışma yardım kira ulaşım park kütüphane spor kültür").split(" ");

  private DocxBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int words = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    Files.createDirectories(dir);
    Path docx = dir.resolve("large.docx");
    Files.write(docx, generate(words));
    byte[] bytes = Files.readAllBytes(docx);
    DocxFormat format = new DocxFormat();
    SrxSegmenter rules = new SrxSegmenter();
    ExtractedDocument[] doc = new ExtractedDocument[1];
    double read = best(runs, () -> doc[0] = format.read(bytes, "large.docx", Lang.TR, rules));
    List<Content> targets = new ArrayList<>();
    for (ExtractedSegment s : doc[0].segments()) {
      targets.add(Content.text(s.source().plainText().toUpperCase(java.util.Locale.ROOT))); // a "translation"
    }
    double write = best(runs, () -> Files.write(dir.resolve("large.de.docx"), format.write(doc[0], targets, Lang.DE, s -> s)));
    double okapiRead = best(runs, () -> okapi(docx, null));
    double okapiMerge = best(runs, () -> okapi(docx, dir.resolve("large.okapi.docx")));
    System.out.printf("document: %d words, %d segments, %.1f MB%n", words, doc[0].segments().size(), bytes.length / 1e6);
    System.out.printf("tandem read (add)        %7.2f s  %.2fx Okapi's filter alone%n", read, read / okapiRead);
    System.out.printf("Okapi OpenXML filter     %7.2f s%n", okapiRead);
    System.out.printf("tandem write (build)     %7.2f s  %.2fx Okapi's merge%n", write, write / okapiMerge);
    System.out.printf("Okapi filter + merge     %7.2f s%n", okapiMerge);
  }

  /** Okapi's filter over the document; with {@code out}, its skeleton writer writes it back (targets = sources). */
  private static void okapi(Path docx, Path out) {
    LocaleId tr = LocaleId.fromString("tr");
    LocaleId de = LocaleId.fromString("de");
    try (OpenXMLFilter filter = new OpenXMLFilter();
        RawDocument raw = new RawDocument(docx.toUri(), "UTF-8", tr, de)) {
      filter.open(raw);
      IFilterWriter writer = out == null ? null : filter.createFilterWriter();
      if (writer != null) {
        writer.setOptions(de, "UTF-8");
        writer.setOutput(out.toString());
      }
      while (filter.hasNext()) {
        Event event = filter.next();
        if (writer != null) {
          if (event.isTextUnit()) {
            ITextUnit tu = event.getTextUnit();
            tu.createTarget(de, false, IResource.COPY_ALL);
          }
          writer.handleEvent(event);
        }
      }
      if (writer != null) {
        writer.close();
      }
    }
  }

  interface Step {
    void run() throws Exception;
  }

  private static double best(int runs, Step step) throws Exception {
    step.run(); // warm-up
    double best = Double.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      step.run();
      best = Math.min(best, (System.nanoTime() - t) / 1e9);
    }
    return best;
  }

  /** A DOCX of about {@code words} words: headings, paragraphs with bold, italic and revision-split runs, tables, footnotes. */
  static byte[] generate(int words) throws IOException {
    Random random = new Random(12);
    StringBuilder body = new StringBuilder();
    StringBuilder notes = new StringBuilder();
    int written = 0;
    int note = 0;
    for (int p = 0; written < words; p++) {
      if (p % 20 == 0) {
        body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>").append(sentence(random, 5, false))
            .append("</w:t></w:r></w:p>");
        written += 5;
      }
      if (p % 25 == 12) {
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4500\"/>"
            + "<w:gridCol w:w=\"4500\"/></w:tblGrid>");
        for (int r = 0; r < 4; r++) {
          body.append("<w:tr>").append(cell(random)).append(cell(random)).append("</w:tr>");
          written += 6;
        }
        body.append("</w:tbl>");
      }
      body.append("<w:p w:rsidR=\"00A1B2C3\">");
      for (int s = 0; s < 4; s++) {
        body.append("<w:r w:rsidR=\"00A1B2C3\"><w:t xml:space=\"preserve\">").append(sentence(random, 6, false)).append(" </w:t></w:r>")
            .append("<w:r w:rsidR=\"00D4E5F6\"><w:rPr><w:b/></w:rPr><w:t>").append(WORDS[random.nextInt(WORDS.length)])
            .append("</w:t></w:r><w:r w:rsidR=\"00D4E5F6\"><w:t xml:space=\"preserve\"> ")
            .append(sentence(random, 5, true)).append(" </w:t></w:r>");
        written += 12;
      }
      if (p % 10 == 3) {
        note++;
        body.append("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"")
            .append(note).append("\"/></w:r>");
        notes.append("<w:footnote w:id=\"").append(note).append("\"><w:p><w:r><w:t>").append(sentence(random, 10, true))
            .append("</w:t></w:r></w:p></w:footnote>");
        written += 10;
      }
      body.append("</w:p>");
    }
    String ns = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    String decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", decl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
          + "</Types>");
      put(zip, "_rels/.rels", decl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>");
      put(zip, "word/_rels/document.xml.rels", decl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
          + "</Relationships>");
      put(zip, "word/document.xml", decl + "<w:document" + ns + "><w:body>" + body + "</w:body></w:document>");
      put(zip, "word/footnotes.xml", decl + "<w:footnotes" + ns + ">" + notes + "</w:footnotes>");
    }
    return out.toByteArray();
  }

  private static String cell(Random random) {
    return "<w:tc><w:p><w:r><w:t>" + sentence(random, 3, false) + "</w:t></w:r></w:p></w:tc>";
  }

  private static String sentence(Random random, int n, boolean end) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
    }
    return sb.append(end ? "." : ",").toString();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
