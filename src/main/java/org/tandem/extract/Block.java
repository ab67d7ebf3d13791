package org.tandem.extract;

import java.util.List;

/**
 * A translatable paragraph (heading, list item, table cell, ...) of a source file, aligned with the
 * source text.
 *
 * @param para the paragraph number, from 1, in document order
 * @param atoms the aligned pieces, in order, covering {@code [start, end)} without gaps
 * @param html true when the paragraph is inside an HTML block, where text is escaped as HTML
 */
record Block(int para, List<Atom> atoms, boolean html) {
  int start() {
    return atoms.get(0).start();
  }

  int end() {
    return atoms.get(atoms.size() - 1).end();
  }
}
