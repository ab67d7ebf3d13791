package org.tandem.format.office;

import java.util.List;
import org.tandem.extract.Atom;

/**
 * A translatable paragraph (or title, or alternative text) of one XML part, aligned with the part's text.
 *
 * @param part the index of the part in the document's list of parts
 * @param atoms the aligned pieces, in order, covering the block's span without gaps
 * @param escape how text typed by a translator is written into this block
 */
record OfficeBlock(int part, List<Atom> atoms, Escape escape) {
  /** Where a block stands in the XML, which decides how translated text is escaped. */
  enum Escape {
    /** Paragraph content: XML-escaped, tabs and line breaks as the format's elements. */
    PARAGRAPH,
    /** An element holding plain text only (a title): XML-escaped. */
    ELEMENT,
    /** An attribute value in double quotes (alternative text of an image). */
    ATTRIBUTE
  }

  int start() {
    return atoms.get(0).start();
  }

  int end() {
    return atoms.get(atoms.size() - 1).end();
  }
}
