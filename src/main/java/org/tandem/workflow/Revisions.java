package org.tandem.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.compare.WordDiff;
import org.tandem.model.Chapter;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.MergeConflict;
import org.tandem.store.Workspace;

/** The segments whose translation must be revised ({@code needs-update}) and what changed in each. */
public final class Revisions {
  private Revisions() {}

  /**
   * One segment to revise.
   *
   * @param chapter its chapter
   * @param segment the segment
   * @param change the source edit, word by word (previous source to source), when the source changed
   * @param conflict the two translations of a merge conflict, when it is one
   */
  public record Revision(Chapter chapter, Segment segment, Optional<WordDiff> change,
      Optional<MergeConflict.Sides> conflict) {}

  /** The segments to revise in {@code chapters}, in document order. */
  public static List<Revision> of(Workspace ws, List<Chapter> chapters) {
    List<Revision> revisions = new ArrayList<>();
    for (Chapter chapter : chapters) {
      for (Segment s : ws.load(chapter).segments()) {
        if (s.state() == State.NEEDS_UPDATE) {
          Optional<WordDiff> change = s.previousSource() == null ? Optional.empty()
              : Optional.of(WordDiff.of(s.previousSource().markup(), s.source().markup()));
          Optional<MergeConflict.Sides> conflict = MergeConflict.isConflict(s)
              ? MergeConflict.split(s.target(), s.source()) : Optional.empty();
          revisions.add(new Revision(chapter, s, change, conflict));
        }
      }
    }
    return revisions;
  }
}
