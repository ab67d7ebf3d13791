package org.tandem.extract;

import java.util.List;

/**
 * A translatable paragraph (heading, list item, table cell, attribute value, ...) of a source
 * document, aligned with the text of the part it stands in.
 *
 * @param para the paragraph number, from 1, in document order
 * @param part the index of the part the paragraph stands in
 * @param atoms the aligned pieces, in order, covering {@code [start, end)} of the part's text without gaps
 * @param escaping how typed text is escaped in this paragraph
 * @param lineBreak what a line break typed in a translation becomes here
 */
public record Block(int para, int part, List<Atom> atoms, Escaping escaping, String lineBreak) {
  public Block {
    atoms = List.copyOf(atoms);
    if (atoms.isEmpty()) {
      throw new IllegalArgumentException("paragraph " + para + " has no atoms");
    }
  }

  /** Offset of the paragraph's first character in its part. */
  public int start() {
    return atoms.get(0).start();
  }

  /** Offset after its last character. */
  public int end() {
    return atoms.get(atoms.size() - 1).end();
  }

  /**
   * What a typed line break becomes in a paragraph whose continuation lines start with a prefix
   * made of {@code prefixChars} (indentation, Markdown's quote markers): the source's line end and the
   * prefix of its second line; a space in a paragraph of one line.
   */
  static String continuation(String src, List<Atom> atoms, String prefixChars) {
    int start = atoms.get(0).start();
    int end = atoms.get(atoms.size() - 1).end();
    int nl = src.indexOf('\n', start);
    if (nl < 0 || nl >= end) {
      return " ";
    }
    int from = nl > start && src.charAt(nl - 1) == '\r' ? nl - 1 : nl;
    int to = nl + 1;
    while (to < end && prefixChars.indexOf(src.charAt(to)) >= 0) {
      to++;
    }
    return src.substring(from, to);
  }
}
