package org.tandem.format.office;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OpenDocument text (ODT): paragraphs {@code text:p}/{@code text:h}, spans, links, notes inline. */
final class OdtDialect extends Dialect {
  private static final Pattern STYLE = Pattern.compile(
      "<style:style style:name=\"([^\"]+)\"([^>]*)>(.*?)</style:style>", Pattern.DOTALL);
  private static final Pattern RSID = Pattern.compile("\\s*officeooo:(paragraph-)?rsid=\"[^\"]*\"");
  private static final Set<String> CONTAINERS = Set.of("text:span", "text:a", "text:meta", "text:ruby-base");
  private static final Set<String> SKIPPED = Set.of("office:annotation", "text:tracked-changes", "text:index-body",
      "text:note-citation");

  /** The namespaces whose elements and attributes the dialect names, with the prefixes it names them by. */
  private static final Map<String, String> PREFIXES = Map.of(
      "urn:oasis:names:tc:opendocument:xmlns:office:1.0", "office",
      "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "text",
      "urn:oasis:names:tc:opendocument:xmlns:style:1.0", "style",
      "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "draw",
      "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0", "fo",
      "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", "svg",
      "http://purl.org/dc/elements/1.1/", "dc");

  /** Automatic styles by name, keyed by what they look like without LibreOffice's revision ids. */
  private final Map<String, String> styleKeys = new HashMap<>();

  /**
   * A dialect for a part whose automatic styles are in {@code text}.
   *
   * @throws XmlScanner.XmlError when the part names an OpenDocument namespace by another prefix than
   *     the usual one: its paragraphs would not be seen, and the document would come back untranslated
   */
  OdtDialect(String text) {
    PREFIXES.forEach((namespace, usual) -> {
      String prefix = XmlScanner.prefixOf(text, namespace);
      if (prefix != null && !prefix.equals(usual)) {
        String named = prefix.isEmpty() ? "without a prefix" : "with the prefix '" + prefix + ":'";
        throw new XmlScanner.XmlError(0, "the program that wrote the document named its '" + usual + ":' elements "
            + named + "; tandem reads the names LibreOffice and Word write: open the document in LibreOffice,"
            + " save it, and add it again");
      }
    });
    Matcher m = STYLE.matcher(text);
    while (m.find()) {
      styleKeys.put(m.group(1), RSID.matcher(m.group(2) + m.group(3)).replaceAll(""));
    }
  }

  @Override
  Role role(XmlScanner tag, Role parent, boolean inParagraph, boolean hiddenRun) {
    String name = tag.name();
    if (name.equals("text:p") || name.equals("text:h")) {
      return Role.PARAGRAPH;
    }
    if (SKIPPED.contains(name) || (name.equals("text:section") && "none".equals(tag.attr("text:display")))) {
      return Role.SKIP;
    }
    if (name.equals("svg:title") || name.equals("svg:desc") || (name.equals("dc:title") && !inParagraph)) {
      return Role.SIMPLE;
    }
    if (!inParagraph) {
      return Role.NONE;
    }
    if (name.equals("text:span") && styleKeys.getOrDefault(tag.attr("text:style-name"), "").contains("text:display=\"none\"")) {
      return Role.SKIP; // hidden text
    }
    return CONTAINERS.contains(name) ? Role.CONTAINER : Role.OPAQUE;
  }

  @Override
  String refusal(String name) {
    return name.equals("text:changed-region")
        ? "the document has tracked changes; accept or reject them in LibreOffice (Edit > Track Changes >"
            + " Manage), save, and add it again"
        : null;
  }

  @Override
  String containerKey(XmlScanner tag) {
    if (!tag.name().equals("text:span")) {
      return super.containerKey(tag);
    }
    String style = tag.attr("text:style-name");
    return "span:" + styleKeys.getOrDefault(style, style);
  }

  @Override
  String spaces(XmlScanner tag) {
    if (!tag.name().equals("text:s")) {
      return null;
    }
    String count = tag.attr("text:c");
    try {
      return " ".repeat(count == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(count.strip()))));
    } catch (NumberFormatException e) {
      return " ";
    }
  }

  @Override
  boolean collapsesSpace() {
    return true;
  }

  @Override
  boolean textIn(Role role) {
    return role == Role.PARAGRAPH || role == Role.CONTAINER;
  }

  @Override
  boolean isNeutral(String chunk) {
    for (String name : tagNames(chunk)) {
      if (!name.equals("text:span") && !name.equals("/text:span") && !name.equals("text:soft-page-break/")) {
        return false;
      }
    }
    return true;
  }

  @Override
  String codeType(String chunk, String format) {
    if (chunk.contains("<text:a ") || chunk.contains("</text:a>")) {
      return "link";
    }
    if (chunk.contains("<text:note ")) {
      return "footnote";
    }
    if (chunk.contains("<text:tab")) {
      return "tab";
    }
    if (chunk.contains("<text:line-break")) {
      return "lb";
    }
    if (chunk.contains("<draw:")) {
      return "image";
    }
    String style = styleOf(chunk);
    if (style.contains("fo:font-weight=\"bold\"")) {
      return "bold";
    }
    if (style.contains("fo:font-style=\"italic\"")) {
      return "italic";
    }
    return style.contains("style:text-underline-style=\"solid\"") ? "underline" : "format";
  }

  private String styleOf(String chunk) {
    int i = chunk.lastIndexOf("text:style-name=\"");
    if (i < 0) {
      return "";
    }
    String name = chunk.substring(i + 17, chunk.indexOf('"', i + 17));
    return styleKeys.getOrDefault(name, "");
  }

  @Override
  String escapeParagraph(String text) {
    StringBuilder sb = new StringBuilder();
    String escaped = XmlChars.escapeText(text).replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>");
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      int run = 0;
      while (c == ' ' && i + run + 1 < escaped.length() && escaped.charAt(i + run + 1) == ' ') {
        run++;
      }
      sb.append(c);
      if (run > 0) {
        sb.append(run == 1 ? "<text:s/>" : "<text:s text:c=\"" + run + "\"/>");
        i += run;
      }
    }
    return sb.toString();
  }
}
