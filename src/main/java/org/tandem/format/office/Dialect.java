package org.tandem.format.office;

import java.util.List;

/**
 * What the elements of one XML vocabulary (WordprocessingML, OpenDocument) mean to the paragraph
 * reader and how translated text is written back into it. One instance per part.
 */
abstract class Dialect {
  /** The role of the element whose tag the scanner stands on. */
  abstract Role role(XmlScanner tag, Role parent, boolean inParagraph, boolean hiddenRun);

  /** Names of attributes of this element whose values are translatable (alternative text). */
  List<String> attributeBlocks(String name) {
    return List.of();
  }

  /** Why an element makes the document unreadable for tandem (tracked changes), or null. */
  String refusal(String name) {
    return null;
  }

  /** The key under which runs of equal formatting compare equal, from the run's properties. */
  String formatKey(String properties) {
    return properties;
  }

  /** True when the run properties hide the run's text. */
  boolean hidden(String properties) {
    return false;
  }

  /** The key under which two container elements count as the same one (a span of equal style). */
  String containerKey(XmlScanner tag) {
    return "@" + tag.start();
  }

  /** The spaces an element stands for (ODF's {@code text:s}), or null when it stands for none. */
  String spaces(XmlScanner tag) {
    return null;
  }

  /** True when white space in paragraphs collapses as in ODF. */
  boolean collapsesSpace() {
    return false;
  }

  /** True when character data directly inside an element of this role is text. */
  abstract boolean textIn(Role role);

  /** True when markup between two texts of equal formatting changes nothing a reader sees. */
  abstract boolean isNeutral(String chunk);

  /** +1 when the markup opens a field, -1 when it closes one, 0 otherwise. */
  int fieldBalance(String chunk) {
    return 0;
  }

  /** What a code stands for, for tools and people ("bold", "link", "footnote", ...). */
  abstract String codeType(String chunk, String format);

  /** Text typed by a translator, as paragraph content of this vocabulary. */
  abstract String escapeParagraph(String text);

  /** "begin", "separate" or "end" for an element that delimits a field (DOCX {@code w:fldChar}), else null. */
  String fieldChar(XmlScanner tag) {
    return null;
  }

  /** True when a field with this instruction has a result the word processor computes, not text to translate. */
  boolean isComputedField(String instruction) {
    return false;
  }

  /** True for an element whose text is a field's instruction (DOCX {@code w:instrText}). */
  boolean isFieldInstruction(String name) {
    return false;
  }

  /** A part's text after translations were spliced in, with whatever the vocabulary needs fixed. */
  String afterTranslation(String text) {
    return text;
  }

  /** The names of the tags in a stretch of markup: closing tags with a leading '/', empty ones with a trailing one. */
  static List<String> tagNames(String chunk) {
    List<String> names = new java.util.ArrayList<>();
    for (int i = chunk.indexOf('<'); i >= 0; i = chunk.indexOf('<', i + 1)) {
      boolean closing = i + 1 < chunk.length() && chunk.charAt(i + 1) == '/';
      int j = closing ? i + 2 : i + 1;
      while (j < chunk.length() && " />\t\r\n".indexOf(chunk.charAt(j)) < 0) {
        j++;
      }
      int gt = chunk.indexOf('>', j);
      boolean empty = gt > 0 && chunk.charAt(gt - 1) == '/';
      names.add(closing ? "/" + chunk.substring(i + 2, j) : chunk.substring(i + 1, j) + (empty ? "/" : ""));
    }
    return names;
  }
}
