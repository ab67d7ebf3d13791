package org.tandem.format.office;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** WordprocessingML (DOCX): paragraphs {@code w:p}, runs {@code w:r}, text {@code w:t}. */
final class DocxDialect extends Dialect {
  static final String NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Pattern NOT_FORMAT = Pattern.compile("<w:lang\\b[^>]*/>|<w:noProof\\s*/>|\\s*w:rsid\\w*=\"[^\"]*\"");
  private static final Pattern VANISH = Pattern.compile("<w:vanish\\s*/>|<w:vanish\\s+w:val=\"(1|true|on)\"\\s*/>");
  private static final Set<String> CONTAINERS = Set.of("hyperlink", "smartTag", "sdt", "sdtContent", "customXml",
      "dir", "bdo");
  private static final Set<String> COMPUTED = Set.of("PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "DATE", "TIME",
      "CREATEDATE", "SAVEDATE", "PRINTDATE", "EDITTIME", "FILENAME", "FILESIZE", "NUMWORDS", "NUMCHARS", "SEQ", "TOC",
      "INDEX", "TOA", "PAGEREF", "REVNUM", "AUTONUM", "LISTNUM");
  private static final Set<String> TRACKED = Set.of("ins", "del", "moveFrom", "moveTo");
  private static final Set<String> NEUTRAL = Set.of("t", "/t", "t/", "r", "/r", "proofErr/",
      "lastRenderedPageBreak/");

  private final String w;

  /** A dialect for a part that binds the WordprocessingML namespace to {@code prefix}. */
  DocxDialect(String prefix) {
    this.w = prefix.isEmpty() ? "" : prefix + ":";
  }

  private String local(String name) {
    return name.startsWith(w) ? name.substring(w.length()) : null;
  }

  @Override
  Role role(XmlScanner tag, Role parent, boolean inParagraph, boolean hiddenRun) {
    String name = tag.name();
    if (name.equals("mc:Fallback")) {
      return Role.SKIP; // a second copy of a text box for old readers: the mc:Choice copy is the one read
    }
    if (name.equals("dc:title")) {
      return inParagraph ? Role.OPAQUE : Role.SIMPLE;
    }
    String local = local(name);
    if ("p".equals(local)) {
      return Role.PARAGRAPH;
    }
    if (!inParagraph || local == null) {
      return inParagraph ? Role.OPAQUE : Role.NONE;
    }
    if (local.equals("r")) {
      return Role.RUN;
    }
    if (parent == Role.RUN && local.equals("rPr")) {
      return Role.RUN_PROPERTIES;
    }
    if (parent == Role.RUN && local.equals("t")) {
      return hiddenRun ? Role.OPAQUE : Role.TEXT;
    }
    return CONTAINERS.contains(local) ? Role.CONTAINER : Role.OPAQUE;
  }

  @Override
  List<String> attributeBlocks(String name) {
    return name.endsWith(":docPr") ? List.of("descr", "title") : List.of();
  }

  @Override
  String refusal(String name) {
    String local = local(name);
    return local != null && TRACKED.contains(local)
        ? "the document has tracked changes (" + name + "); accept or reject them in Word (Review > Accept,"
            + " Reject) or LibreOffice (Edit > Track Changes > Manage), save, and add it again"
        : null;
  }

  @Override
  String formatKey(String properties) {
    return NOT_FORMAT.matcher(properties).replaceAll("");
  }

  @Override
  boolean hidden(String properties) {
    return VANISH.matcher(properties).find();
  }

  @Override
  String fieldChar(XmlScanner tag) {
    return tag.name().equals(w + "fldChar") ? tag.attr(w + "fldCharType") : null;
  }

  /**
   * Page numbers, dates, tables of contents and the like are written anew when the document is
   * opened or updated; a cross-reference or hyperlink field's result is text.
   */
  @Override
  boolean isComputedField(String instruction) {
    String[] words = instruction.strip().split("\\s+", 2);
    return COMPUTED.contains(words[0].toUpperCase(java.util.Locale.ROOT));
  }

  @Override
  boolean isFieldInstruction(String name) {
    return name.equals(w + "instrText");
  }

  @Override
  boolean textIn(Role role) {
    return role == Role.TEXT;
  }

  @Override
  boolean isNeutral(String chunk) {
    boolean inProperties = false;
    for (String name : tagNames(chunk)) {
      if (inProperties && !name.equals("/" + w + "rPr")) {
        continue;
      }
      String local = name.startsWith("/") ? "/" + local(name.substring(1)) : local(name);
      if (local == null || local.equals("/null")) {
        return false;
      }
      if (local.equals("rPr") || local.equals("/rPr")) {
        inProperties = local.equals("rPr");
      } else if (!inProperties && !local.equals("rPr/") && !NEUTRAL.contains(local)) {
        return false;
      }
    }
    return true;
  }

  @Override
  int fieldBalance(String chunk) {
    int balance = 0;
    for (int i = chunk.indexOf("fldCharType=\""); i >= 0; i = chunk.indexOf("fldCharType=\"", i + 1)) {
      balance += chunk.startsWith("begin", i + 13) ? 1 : chunk.startsWith("end", i + 13) ? -1 : 0;
    }
    return Integer.signum(balance);
  }

  @Override
  String codeType(String chunk, String format) {
    if (chunk.contains(w + "hyperlink")) {
      return "link";
    }
    if (chunk.contains(w + "footnoteReference") || chunk.contains(w + "endnoteReference")) {
      return "footnote";
    }
    if (chunk.contains(w + "fldChar") || chunk.contains(w + "fldSimple") || chunk.contains(w + "instrText")) {
      return "field";
    }
    if (chunk.contains("<" + w + "br") || chunk.contains("<" + w + "cr")) {
      return "lb";
    }
    if (chunk.contains("<" + w + "tab")) {
      return "tab";
    }
    if (chunk.contains(w + "drawing") || chunk.contains(w + "pict") || chunk.contains(w + "object")) {
      return "image";
    }
    if (chunk.contains(w + "commentRange") || chunk.contains(w + "commentReference")) {
      return "comment";
    }
    if (chunk.contains(w + "bookmark")) {
      return "bookmark";
    }
    if (format.contains("<" + w + "b/>") || format.contains("<" + w + "b ")) {
      return "bold";
    }
    if (format.contains("<" + w + "i/>") || format.contains("<" + w + "i ")) {
      return "italic";
    }
    return format.contains("<" + w + "u ") ? "underline" : "format";
  }

  @Override
  String escapeParagraph(String text) {
    String reopen = "<" + w + "t xml:space=\"preserve\">";
    return XmlChars.escapeText(text)
        .replace("\t", "</" + w + "t><" + w + "tab/>" + reopen)
        .replace("\n", "</" + w + "t><" + w + "br/>" + reopen);
  }

  /** Text elements whose text now starts or ends with a space keep it ({@code xml:space="preserve"}). */
  @Override
  String afterTranslation(String text) {
    String plain = "<" + w + "t>";
    StringBuilder sb = new StringBuilder(text.length() + 64);
    int pos = 0;
    for (int i = text.indexOf(plain); i >= 0; i = text.indexOf(plain, i + 1)) {
      int lt = text.indexOf('<', i + plain.length());
      if (lt > i + plain.length() && (isSpace(text.charAt(i + plain.length())) || isSpace(text.charAt(lt - 1)))) {
        sb.append(text, pos, i).append('<').append(w).append("t xml:space=\"preserve\">");
        pos = i + plain.length();
      }
    }
    return pos == 0 ? text : sb.append(text, pos, text.length()).toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n';
  }
}
