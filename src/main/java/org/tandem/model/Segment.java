package org.tandem.model;

import java.util.Objects;

/**
 * One translation unit: a sentence (or heading, list item) of a chapter with its translation.
 *
 * @param key stable identifier within the chapter; survives re-segmentation while the source is unchanged
 * @param para the number of the paragraph (block) the segment belongs to, from 1, in document order
 * @param source the source-language content with inline codes
 * @param target the translation, or {@code null} while untranslated
 * @param state the workflow state
 */
public record Segment(String key, int para, Content source, Content target, State state) {
  public Segment {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("segment key must not be empty");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    if (target == null && state != State.NEW) {
      throw new IllegalArgumentException("segment " + key + " is " + state + " but has no target");
    }
  }

  /** A new, untranslated segment. */
  public static Segment untranslated(String key, int para, Content source) {
    return new Segment(key, para, source, null, State.NEW);
  }

  /** This segment with another target and state. */
  public Segment withTarget(Content newTarget, State newState) {
    return new Segment(key, para, source, newTarget, newState);
  }

  /** This segment moved to another paragraph number (after re-segmentation). */
  public Segment withPara(int newPara) {
    return new Segment(key, newPara, source, target, state);
  }

  /** True when a translation is present. */
  public boolean hasTarget() {
    return target != null;
  }

  /** The hash of the source, stored so that edits of the source can be recognised. */
  public String sourceHash() {
    return source.hash();
  }
}
