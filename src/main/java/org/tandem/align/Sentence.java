package org.tandem.align;

import java.util.Objects;

/**
 * One side's sentence as the aligner sees it.
 *
 * @param text the plain text (inline codes left out)
 * @param para the number of the block it stands in; sentences of one block share it
 * @param kind the kind of that block
 * @param codes the types of its inline codes in order ("link bold"), for comparing markup
 */
public record Sentence(String text, int para, BlockKind kind, String codes) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    codes = codes == null ? "" : codes;
  }

  /** A sentence of a plain paragraph without codes. */
  public static Sentence plain(String text, int para) {
    return new Sentence(text, para, BlockKind.PARAGRAPH, "");
  }
}
