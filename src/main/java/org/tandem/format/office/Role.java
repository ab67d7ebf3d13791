package org.tandem.format.office;

/** What an element means to the paragraph reader. */
enum Role {
  /** A paragraph: a new block (a nested one when inside another paragraph, e.g. a footnote or text box). */
  PARAGRAPH,
  /** An element whose whole text is one block (a document title, an image's description). */
  SIMPLE,
  /** An inline element that holds text and whose start and end become a pair of codes (link, span). */
  CONTAINER,
  /** A formatting wrapper (DOCX run) compared by its formatting, not by identity. */
  RUN,
  /** The run's formatting properties (DOCX {@code w:rPr}). */
  RUN_PROPERTIES,
  /** The element whose character data is text (DOCX {@code w:t}). */
  TEXT,
  /** Anything else in a paragraph: kept inside a code; paragraphs nested in it are still read. */
  OPAQUE,
  /** Not translatable at all, nested paragraphs included (comments, fallback copies, hidden sections). */
  SKIP,
  /** Outside paragraphs and of no interest itself. */
  NONE
}
