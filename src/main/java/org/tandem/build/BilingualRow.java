package org.tandem.build;

/**
 * One block of a chapter in both languages, the format-neutral input of every edition (the per-chapter
 * page, the single-page HTML edition, the PDF and the DOCX).
 *
 * @param sourceHtml the block in the source language as an HTML fragment (one element: h1..h6, p, ul, ...)
 * @param targetHtml the same block translated; text not translated yet is in the source language, wrapped
 *     in {@code <span class="untranslated">}
 * @param headingLevel 1..6 for a heading, 0 for any other block
 */
public record BilingualRow(String sourceHtml, String targetHtml, int headingLevel) {
  public BilingualRow {
    if (headingLevel < 0 || headingLevel > 6) {
      throw new IllegalArgumentException("heading level " + headingLevel);
    }
  }

  /** Whether the block is a heading. */
  public boolean heading() {
    return headingLevel > 0;
  }
}
