package org.tandem.xliff;

import java.util.List;
import java.util.Objects;
import org.tandem.model.Content;
import org.tandem.model.State;

/**
 * One translation unit of an XLIFF file, as tandem writes it or as a reader found it.
 *
 * @param id the segment key ({@code trans-unit/@id})
 * @param source the source content with inline codes
 * @param target the target content, or {@code null} when the unit has no {@code <target>}
 * @param state our state: derived from {@link #rawState} and whether the target has content
 * @param notes the unit's {@code <note>} texts, in file order
 * @param rawState the {@code state} attribute of {@code <target>} exactly as written, or {@code null};
 *     kept because tools such as OmegaT leave {@code new} on targets they translated
 * @param preserveSpace whether whitespace in the unit is significant ({@code xml:space="preserve"},
 *     also when inherited); without it CAT tools may have re-flowed the text
 * @param matches translations offered beside the target (memory matches, the previous version),
 *     written as {@code <alt-trans>}; readers leave it empty, as tandem never imports them
 */
public record XliffUnit(
    String id,
    Content source,
    Content target,
    State state,
    List<String> notes,
    String rawState,
    boolean preserveSpace,
    List<XliffMatch> matches) {
  public XliffUnit {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("an XLIFF unit needs an id");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    notes = notes == null ? List.of() : List.copyOf(notes);
    matches = matches == null ? List.of() : List.copyOf(matches);
  }

  /** A unit without offered translations, as readers create it. */
  public XliffUnit(String id, Content source, Content target, State state, List<String> notes, String rawState,
      boolean preserveSpace) {
    this(id, source, target, state, notes, rawState, preserveSpace, List.of());
  }

  /** This unit with other offered translations (memory matches, the previous version). */
  public XliffUnit withMatches(List<XliffMatch> newMatches) {
    return new XliffUnit(id, source, target, state, notes, rawState, preserveSpace, newMatches);
  }

  /** A unit as tandem exports it: whitespace preserved, the raw state the writer will write. */
  public static XliffUnit of(String id, Content source, Content target, State state, List<String> notes) {
    String raw = target == null ? null : Xliff12States.toXliff(state);
    return new XliffUnit(id, source, target, state, notes, raw, true);
  }

  /** True when a target is present and holds codes or more than whitespace. */
  public boolean hasTarget() {
    return isFilled(target);
  }

  /** True for content with codes or more than whitespace: a target that counts as a translation. */
  static boolean isFilled(Content content) {
    return content != null && (!content.codes().isEmpty() || !content.plainText().isBlank());
  }
}
