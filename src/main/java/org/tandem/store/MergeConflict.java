package org.tandem.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Segment;
import org.tandem.model.Text;

/**
 * A segment translated differently on two git branches, as the merge driver leaves it: one target
 * holding both translations between git's conflict markers,
 * {@code <<<<<<< ours ======= theirs >>>>>>>}, state {@code needs-update} and origin
 * {@code conflict}. The first translation keeps its inline codes; the second is written as its
 * markup text ({@code {1}…{/1}} as characters), so the target has each code of the source exactly
 * once and can be exported, imported and built; whoever resolves it keeps one translation (or
 * combines them) and removes the markers.
 */
public final class MergeConflict {
  /** The origin of a segment with a merge conflict. */
  public static final String ORIGIN = "conflict";

  static final String START = "<<<<<<< ";
  static final String MIDDLE = " ======= ";
  static final String END = " >>>>>>>";

  private MergeConflict() {}

  /**
   * The two translations of a conflict.
   *
   * @param ours the translation of the branch merged into (git's "current")
   * @param theirs the translation of the branch merged in (git's "other")
   */
  public record Sides(Content ours, Content theirs) {}

  /** True when the segment holds an unresolved merge conflict. */
  public static boolean isConflict(Segment segment) {
    return ORIGIN.equals(segment.origin()) && segment.hasTarget();
  }

  /** The target that holds both translations. */
  public static Content combine(Content ours, Content theirs) {
    List<Piece> pieces = new ArrayList<>();
    pieces.add(new Text(START));
    pieces.addAll(ours.pieces());
    pieces.add(new Text(MIDDLE + theirs.markup() + END));
    return new Content(pieces);
  }

  /** The two translations of a conflict target (codes of the second from {@code source}), if it is one. */
  public static Optional<Sides> split(Content target, Content source) {
    List<Piece> pieces = target.pieces();
    if (pieces.isEmpty() || !(pieces.get(0) instanceof Text first) || !first.value().startsWith(START)
        || !(pieces.get(pieces.size() - 1) instanceof Text last) || !last.value().endsWith(END)) {
      return Optional.empty();
    }
    String tail = last.value();
    int middle = tail.lastIndexOf(MIDDLE);
    if (middle < (pieces.size() == 1 ? START.length() : 0)) {
      return Optional.empty();
    }
    String theirs = tail.substring(middle + MIDDLE.length(), tail.length() - END.length());
    if (pieces.size() == 1) {
      return Optional.of(new Sides(Content.text(tail.substring(START.length(), middle)), parse(theirs, source)));
    }
    List<Piece> ours = new ArrayList<>(pieces.subList(0, pieces.size() - 1));
    ours.set(0, new Text(first.value().substring(START.length())));
    ours.add(new Text(tail.substring(0, middle)));
    return Optional.of(new Sides(new Content(ours), parse(theirs, source)));
  }

  private static Content parse(String markup, Content source) {
    try {
      return Content.parse(markup, source.codes());
    } catch (IllegalArgumentException e) {
      return Content.text(markup); // codes the source no longer has: shown as written
    }
  }
}
