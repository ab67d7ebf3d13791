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
}
