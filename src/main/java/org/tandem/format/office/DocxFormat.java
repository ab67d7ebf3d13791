package org.tandem.format.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

/**
 * Word documents (.docx, Office Open XML): the body, footnotes, endnotes, headers, footers, text
 * boxes, image descriptions and the document title are read; comments, hidden text and fields'
 * instructions are not. Macro-enabled documents and documents with tracked changes are refused.
 */
public final class DocxFormat extends OfficeFormat {
  private static final String TYPES = "[Content_Types].xml";
  private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  private static final Pattern OVERRIDE = Pattern.compile("<Override\\b[^>]*>");
  private static final Pattern LANG = Pattern.compile("(<w:(?:lang|themeFontLang)\\b[^>]*?\\bw:val=\")([A-Za-z]+)(-[A-Za-z]+)?(\")");
  private static final Pattern DC_LANGUAGE = Pattern.compile("(<dc:language>)([A-Za-z]+)(-[A-Za-z]+)?(</dc:language>)");
  private static final Pattern HEADING = Pattern.compile(
      "<w:pStyle w:val=\"[Hh]eading ?([1-9])\"|<w:outlineLvl w:val=\"([0-8])\"");
  private static final String[] ORDER = {"core-properties", "document.main", "template.main", "footnotes", "endnotes",
      "header", "footer"};

  @Override
  public String name() {
    return "docx";
  }

  @Override
  public List<String> extensions() {
    return List.of("docx", "dotx");
  }

  @Override
  List<String> textParts(ZipPackage zip, String file) {
    if (zip.bytes(TYPES) == null) {
      throw ZipPackage.refuse(file, "the package has no [Content_Types].xml: it is not a Word document");
    }
    Map<String, String> types = contentTypes(PartText.decode(zip.bytes(TYPES), file, TYPES));
    for (String name : zip.names()) {
      if (name.toLowerCase().endsWith("vbaproject.bin") || types.getOrDefault(name, "").contains("macroEnabled")) {
        throw ZipPackage.refuse(file, "the document contains macros (" + name + "); tandem does not take"
            + " macro-enabled documents: save it in Word as .docx (Word Document, without macros)");
      }
    }
    List<String> parts = new ArrayList<>();
    for (String kind : ORDER) {
      types.entrySet().stream().filter(e -> isKind(e.getValue(), kind) && zip.bytes(e.getKey()) != null)
          .map(Map.Entry::getKey).sorted().forEach(parts::add);
    }
    if (parts.stream().noneMatch(p -> isKind(types.get(p), "document.main") || isKind(types.get(p), "template.main"))) {
      throw ZipPackage.refuse(file, "the package has no Word document part; is it really a .docx file?");
    }
    return parts;
  }

  private static boolean isKind(String type, String kind) {
    return kind.equals("core-properties") ? type.equals("application/vnd.openxmlformats-package.core-properties+xml")
        : type.equals(WML + kind + "+xml");
  }

  /** Part names (without the leading slash) and their content types. */
  private static Map<String, String> contentTypes(String xml) {
    Map<String, String> types = new HashMap<>();
    Matcher m = OVERRIDE.matcher(xml);
    while (m.find()) {
      String tag = m.group();
      String name = attribute(tag, "PartName");
      String type = attribute(tag, "ContentType");
      if (name != null && type != null) {
        types.put(name.startsWith("/") ? name.substring(1) : name, type);
      }
    }
    return types;
  }

  private static String attribute(String tag, String name) {
    int[] range = XmlScanner.attrRange(tag, 0, tag.length(), name);
    return range == null ? null : XmlChars.decode(tag, range[0], range[1]);
  }

  @Override
  Dialect dialect(String part, String text) {
    String prefix = XmlScanner.prefixOf(text, DocxDialect.NS);
    return new DocxDialect(prefix == null ? "w" : prefix);
  }

  @Override
  Map<String, String> languageTags(ZipPackage zip, Map<String, String> texts, Lang from, Lang to, String file) {
    Map<String, String> rewritten = new HashMap<>();
    String tag = Languages.tag(to);
    for (String name : zip.names()) {
      boolean word = name.startsWith("word/") && name.endsWith(".xml");
      if (!word && !name.equals("docProps/core.xml")) {
        continue;
      }
      String text = current(zip, texts, name, file);
      String next = Languages.replace(DC_LANGUAGE, Languages.replace(LANG, text, from, tag), from, tag);
      if (!next.equals(text)) {
        rewritten.put(name, next);
      }
    }
    return rewritten;
  }

  /** Headings by paragraph style (Heading 1 to 6, as Word and LibreOffice name them) or outline level. */
  @Override
  public int headingLevel(ExtractedDocument doc, ExtractedSegment first) {
    String text = doc.parts().get(first.part()).text();
    int p = Math.max(text.lastIndexOf("<w:p>", first.start()), text.lastIndexOf("<w:p ", first.start()));
    if (p < 0) {
      return 0;
    }
    Matcher m = HEADING.matcher(text.substring(p, first.start()));
    if (!m.find()) {
      return 0;
    }
    int level = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2)) + 1;
    return Math.max(1, Math.min(6, level));
  }
}
