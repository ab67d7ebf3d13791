package org.tandem.align;

import java.util.List;

/**
 * One line of an alignment as people review it: the chapter's segments and the translation's
 * sentences that were paired, and what tandem does with them.
 *
 * @param keys the keys of the chapter's segments (none for a sentence the translator added)
 * @param sources their source texts
 * @param targets the translation's sentences (none for a sentence the translator left out)
 * @param confidence the aligner's confidence, 0 to 1
 * @param action what becomes of the pair
 */
public record Row(List<String> keys, List<String> sources, List<String> targets, double confidence, Action action) {
  public Row {
    keys = List.copyOf(keys);
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /** What becomes of an aligned group. */
  public enum Action {
    /** The target becomes the segment's translation (state translated, origin aligned). */
    TRANSLATED("translated"),
    /** Below the threshold: offered to translators as a suggestion, no target set. */
    SUGGESTED("suggested"),
    /** The segment keeps the translation it has (no --overwrite). */
    KEPT("kept"),
    /** A source sentence without a partner in the translation. */
    LEFT_OUT("left out"),
    /** A sentence of the translation without a partner in the source. */
    ADDED("added");

    private final String id;

    Action(String id) {
      this.id = id;
    }

    /** The name shown in reports. */
    public String id() {
      return id;
    }
  }

  /** The shape as people write it: 1-1, 2-1, 1-0, ... */
  public String shape() {
    return keys.size() + "-" + targets.size();
  }
}
