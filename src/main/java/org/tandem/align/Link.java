package org.tandem.align;

/**
 * One group of the alignment: source sentences {@code [srcFrom, srcTo)} translated by target
 * sentences {@code [tgtFrom, tgtTo)}. An empty range on one side is a sentence left out (1-0) or
 * added (0-1) by the translator.
 *
 * @param confidence how sure the aligner is, from 0 to 1; 0 for a sentence without partner
 */
public record Link(int srcFrom, int srcTo, int tgtFrom, int tgtTo, double confidence) {
  /** Sentences on the source side. */
  public int sources() {
    return srcTo - srcFrom;
  }

  /** Sentences on the target side. */
  public int targets() {
    return tgtTo - tgtFrom;
  }

  /** True when both sides have sentences. */
  public boolean paired() {
    return sources() > 0 && targets() > 0;
  }

  /** The shape as people write it: 1-1, 2-1, 1-0, ... */
  public String shape() {
    return sources() + "-" + targets();
  }
}
