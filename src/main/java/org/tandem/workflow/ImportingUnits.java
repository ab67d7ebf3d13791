package org.tandem.workflow;

import java.text.Normalizer;
import org.tandem.compare.Contents;
import org.tandem.model.Code;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.Text;
import org.tandem.xliff.XliffUnit;

/**
 * What one XLIFF unit does to its stored segment: nothing, a new translation or state, a conflict
 * (the source changed since the export), or a rejection (the translation would break the document).
 */
final class ImportingUnits {
  private ImportingUnits() {}

  /** The outcome for one unit. */
  sealed interface Outcome permits Unchanged, Applied, Conflict, Rejected {}

  /** The unit brings nothing new. */
  record Unchanged() implements Outcome {}

  /**
   * The unit changes the segment.
   *
   * @param segment the segment as it will be stored
   * @param changedSource true when the source had changed and the translation was accepted as needs-update
   */
  record Applied(Segment segment, boolean changedSource) implements Outcome {}

  /**
   * The unit's source is not the stored source.
   *
   * @param fileSource the source in the XLIFF file, in markup form
   * @param storeSource the source in the workspace, in markup form
   */
  record Conflict(String fileSource, String storeSource) implements Outcome {}

  /**
   * The unit cannot be applied.
   *
   * @param message why, in words a translator understands
   */
  record Rejected(String message) implements Outcome {}

  /** Decides what {@code unit} does to {@code seg}; {@code acceptChanged} applies changed sources as needs-update. */
  static Outcome decide(Segment seg, XliffUnit unit, boolean acceptChanged) {
    boolean sameSource = unit.source().equals(seg.source())
        || comparable(unit.source()).equals(comparable(seg.source()));
    if (!unit.hasTarget() || isPrefill(unit)) {
      return new Unchanged(); // nothing translated, so nothing to lose or apply
    }
    if (!sameSource && !acceptChanged) {
      return new Conflict(unit.source().markup(), seg.source().markup());
    }
    Content target;
    try {
      target = ImportingCodes.withStoredCodes(unit.target(), seg.source());
    } catch (IllegalArgumentException e) {
      return new Rejected(e.getMessage());
    }
    if (!sameSource) {
      Segment updated = new Segment(seg.key(), seg.para(), seg.source(), target, State.NEEDS_UPDATE,
          unit.source(), "", seg.waivers());
      return updated.equals(seg) ? new Unchanged() : new Applied(updated, true);
    }
    return translated(seg, unit, target);
  }

  private static Outcome translated(Segment seg, XliffUnit unit, Content target) {
    State state = unit.state();
    if (state == State.NEW) {
      if (seg.hasTarget() && target.equals(seg.target())) {
        return new Unchanged(); // the tool says untouched, and the text is what the store has
      }
      state = State.TRANSLATED; // OmegaT leaves state="new" on what it translated
    }
    if (seg.hasTarget() && target.equals(seg.target()) && state.compareTo(seg.state()) <= 0) {
      return new Unchanged(); // the same translation; a tool's lower state never undoes a review
    }
    if (state == State.NEEDS_UPDATE && seg.state() == State.NEEDS_UPDATE) {
      state = State.TRANSLATED; // an outdated translation revised; tools keep the state they were given
    }
    Segment updated = seg.withTarget(target, state);
    return updated.equals(seg) ? new Unchanged() : new Applied(updated, false);
  }

  /** A target that is only the copy of the source a tool was given to translate in (export --copy-source). */
  private static boolean isPrefill(XliffUnit unit) {
    return unit.state() == State.NEW && comparable(unit.target()).equals(comparable(unit.source()));
  }

  /**
   * The text as compared: NFC, every run of whitespace (no-break spaces included) one space, codes by
   * tag. CAT tools re-flow and re-indent text and turn character references into characters; none
   * of that changes a word.
   */
  static String comparable(Content content) {
    StringBuilder sb = new StringBuilder();
    for (Piece piece : content.pieces()) {
      sb.append(piece instanceof Code c ? "\u0001" + c.tag() + "\u0001" : ((Text) piece).value());
    }
    return Contents.squeeze(Normalizer.normalize(sb.toString(), Normalizer.Form.NFC), "\u00A0\u2007\u202F");
  }
}
