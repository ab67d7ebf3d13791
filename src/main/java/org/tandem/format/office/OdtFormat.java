package org.tandem.format.office;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Lang;

/**
 * LibreOffice and OpenDocument text documents (.odt): the body, footnotes and endnotes, headers and
 * footers (in styles.xml), text frames, image titles and descriptions and the document title are
 * read; comments, tables of contents (LibreOffice regenerates them) and hidden sections are not.
 * Encrypted documents, documents with macros and documents with tracked changes are refused.
 */
public final class OdtFormat extends OfficeFormat {
  private static final Pattern FO_LANGUAGE = Pattern.compile("<[^<>]*\\bfo:language=\"([A-Za-z]+)\"[^<>]*>");
  private static final Pattern OUTLINE = Pattern.compile("text:outline-level=\"(\\d+)\"");
  private static final Pattern DC_LANGUAGE = Pattern.compile("(<dc:language>)([A-Za-z]+)(-[A-Za-z]+)?(</dc:language>)");

  @Override
  public String name() {
    return "odt";
  }

  @Override
  public List<String> extensions() {
    return List.of("odt", "ott");
  }

  @Override
  public int version() {
    return 2; // 2: a tab or newline written as a character reference collapses as white space
  }

  @Override
  List<String> textParts(ZipPackage zip, String file) {
    byte[] mimetype = zip.bytes("mimetype");
    String type = mimetype == null ? "" : new String(mimetype, StandardCharsets.US_ASCII).strip();
    if (!type.startsWith("application/vnd.oasis.opendocument.text") || zip.bytes("content.xml") == null) {
      throw ZipPackage.refuse(file, "the package is not an OpenDocument text document"
          + (type.isEmpty() ? "" : " (it says " + type + ")") + "; is it really an .odt file?");
    }
    byte[] manifest = zip.bytes("META-INF/manifest.xml");
    if (manifest != null && new String(manifest, PartText.charset(manifest)).contains("encryption-data")) {
      throw ZipPackage.refuse(file, "the document is encrypted (saved with a password); save it without a"
          + " password in LibreOffice (File > Save As, no 'Save with password') and try again");
    }
    for (String name : zip.names()) {
      if ((name.startsWith("Basic/") || name.startsWith("Scripts/")) && zip.bytes(name).length > 0
          && !name.endsWith("/")) {
        throw ZipPackage.refuse(file, "the document contains macros (" + name + "); tandem does not take"
            + " documents with macros: remove them in LibreOffice (Tools > Macros > Organize) and save");
      }
    }
    List<String> parts = new ArrayList<>();
    for (String name : List.of("meta.xml", "content.xml", "styles.xml")) {
      if (zip.bytes(name) != null) {
        parts.add(name);
      }
    }
    return parts;
  }

  @Override
  Dialect dialect(String part, String text) {
    return new OdtDialect(text);
  }

  @Override
  Map<String, String> languageTags(ZipPackage zip, Map<String, String> texts, Lang from, Lang to, String file) {
    Map<String, String> rewritten = new HashMap<>();
    for (String name : List.of("content.xml", "styles.xml", "meta.xml")) {
      String text = current(zip, texts, name, file);
      if (text == null) {
        continue;
      }
      String next = Languages.replace(DC_LANGUAGE, foLanguage(text, from, to), from, Languages.tag(to));
      if (!next.equals(text)) {
        rewritten.put(name, next);
      }
    }
    return rewritten;
  }

  /** Every text-properties element in {@code from} says {@code to}, with its country. */
  private static String foLanguage(String text, Lang from, Lang to) {
    Matcher m = FO_LANGUAGE.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    int pos = 0;
    while (m.find()) {
      if (!m.group(1).equalsIgnoreCase(from.code())) {
        continue;
      }
      String tag = m.group().replace("fo:language=\"" + m.group(1) + "\"", "fo:language=\"" + to.code() + "\"")
          .replaceFirst("fo:country=\"[A-Za-z]*\"", "fo:country=\"" + Languages.country(to) + "\"");
      sb.append(text, pos, m.start()).append(tag);
      pos = m.end();
    }
    return pos == 0 ? text : sb.append(text, pos, text.length()).toString();
  }

  /** Headings are {@code text:h} elements with their outline level. */
  @Override
  public int headingLevel(ExtractedDocument doc, ExtractedSegment first) {
    String text = doc.parts().get(first.part()).text();
    int h = text.lastIndexOf("<text:h ", first.start());
    if (h < 0 || h < text.lastIndexOf("<text:p", first.start())) {
      return 0;
    }
    Matcher m = OUTLINE.matcher(text.substring(h, text.indexOf('>', h) + 1));
    return m.find() ? Math.max(1, Math.min(6, Integer.parseInt(m.group(1)))) : 1;
  }
}
