package org.tandem.align;

/** What kind of block a sentence stands in; headings pair with headings, list items with list items. */
public enum BlockKind {
  HEADING, LIST_ITEM, TABLE_CELL, QUOTE, PARAGRAPH;

  /**
   * The kind of the Markdown block whose text starts at {@code start} in {@code doc}: read from what
   * stands before it on its line ({@code #}, {@code -}, {@code 1.}, {@code |}, {@code >}).
   */
  public static BlockKind ofMarkdown(String doc, int start) {
    int lineStart = doc.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    if (lineStart > start) {
      return PARAGRAPH;
    }
    String prefix = doc.substring(lineStart, start).strip();
    if (prefix.startsWith("#")) {
      return HEADING;
    }
    if (prefix.startsWith(">")) {
      return QUOTE;
    }
    if (prefix.startsWith("|")) {
      return TABLE_CELL;
    }
    if (prefix.matches("([-*+]|[0-9]{1,9}[.)])( .*)?")) {
      return LIST_ITEM;
    }
    return PARAGRAPH;
  }
}
