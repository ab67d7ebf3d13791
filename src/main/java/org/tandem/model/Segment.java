package org.tandem.model;

import java.util.List;
import java.util.Objects;

/**
 * One translation unit: a sentence (or heading, list item) of a chapter with its translation.
 *
 * @param key stable identifier within the chapter; survives re-segmentation while the source is unchanged
 * @param para the number of the paragraph (block) the segment belongs to, from 1, in document order
 * @param source the source-language content with inline codes
 * @param target the translation, or {@code null} while untranslated
 * @param state the workflow state
 * @param previousSource the source the target was made for, when the source was edited since
 *     (state {@code needs-update}); otherwise null
 * @param origin where the target came from when not from a translator: {@code "tm"} for a
 *     translation-memory match; empty otherwise
 * @param waivers findings a reviewer decided do not apply to this segment
 */
public record Segment(String key, int para, Content source, Content target, State state,
    Content previousSource, String origin, List<Waiver> waivers) {
  public Segment {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("segment key must not be empty");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    if (target == null && state != State.NEW) {
      throw new IllegalArgumentException("segment " + key + " is " + state + " but has no target");
    }
    origin = Objects.requireNonNullElse(origin, "");
    waivers = waivers == null ? List.of() : List.copyOf(waivers);
  }

  /** A segment without edit history, origin or waivers. */
  public Segment(String key, int para, Content source, Content target, State state) {
    this(key, para, source, target, state, null, "", List.of());
  }

  /** A new, untranslated segment. */
  public static Segment untranslated(String key, int para, Content source) {
    return new Segment(key, para, source, null, State.NEW);
  }

  /**
   * This segment with another target and state, as a translator or reviewer sets it: the edit
   * history and the origin are cleared (the translation is now a person's), waivers are kept.
   */
  public Segment withTarget(Content newTarget, State newState) {
    return new Segment(key, para, source, newTarget, newState, null, "", waivers);
  }

  /** This segment moved to another paragraph number (after re-segmentation). */
  public Segment withPara(int newPara) {
    return new Segment(key, newPara, source, target, state, previousSource, origin, waivers);
  }

  /** This segment with other waivers. */
  public Segment withWaivers(List<Waiver> newWaivers) {
    return new Segment(key, para, source, target, state, previousSource, origin, newWaivers);
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
