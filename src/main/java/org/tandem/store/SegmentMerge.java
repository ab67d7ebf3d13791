package org.tandem.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tandem.compare.Contents;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.Waiver;

/**
 * Three-way merge of one chapter's segment store, segment by segment (matched by key), as git's
 * merge driver needs it: a change made on one side only is taken; the same change on both sides is
 * taken once; different changes to different parts of a segment (its paragraph number, its source,
 * its translation, its waivers) are combined. Only a translation changed differently on both sides
 * is a conflict: both are kept inside the segment ({@link MergeConflict}), state
 * {@code needs-update}. A key both sides created for different sources gets a fresh key on the
 * other side's segment. Retired segments are united. The result is always a valid store.
 */
public final class SegmentMerge {
  private SegmentMerge() {}

  /**
   * The merged store.
   *
   * @param store the merged segments
   * @param conflicts keys of segments with a conflict inside, in document order
   * @param renamed keys of the other side's segments that got a new key: old key to new key
   */
  public record Result(ChapterSegments store, List<String> conflicts, Map<String, String> renamed) {
    /** True when nothing needs a person's decision. */
    public boolean clean() {
      return conflicts.isEmpty();
    }
  }

  /** Merges {@code ours} and {@code theirs}, both changed from {@code base}. */
  public static Result merge(ChapterSegments base, ChapterSegments ours, ChapterSegments theirs) {
    return new Run(base, ours, theirs).run();
  }

  /** One merge. */
  private static final class Run {
    private final Map<String, Segment> base = new HashMap<>();
    private final ChapterSegments ours;
    private final ChapterSegments theirs;
    private final Map<String, Segment> theirsByKey = new LinkedHashMap<>();
    private final Map<String, Segment> merged = new LinkedHashMap<>();
    private final List<Segment> retired = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final Map<String, String> renamed = new LinkedHashMap<>();
    private int nextKey;

    Run(ChapterSegments base, ChapterSegments ours, ChapterSegments theirs) {
      base.segments().forEach(s -> this.base.put(s.key(), s));
      this.ours = ours;
      this.theirs = theirs;
      theirs.segments().forEach(s -> theirsByKey.put(s.key(), s));
      nextKey = Math.max(base.nextKey(), Math.max(ours.nextKey(), theirs.nextKey()));
    }

    Result run() {
      for (Segment a : ours.segments()) {
        mergeOurs(a);
      }
      List<Segment> order = placeTheirs();
      for (Segment a : ours.retired()) {
        retire(a);
      }
      for (Segment t : theirs.retired()) {
        retire(t);
      }
      List<String> conflictOrder = order.stream().map(Segment::key).filter(conflicts::contains).toList();
      ChapterSegments store = new ChapterSegments(ours.chapter(), nextKey, order, retired);
      return new Result(store, conflictOrder, renamed);
    }

    private void mergeOurs(Segment a) {
      Segment b = base.get(a.key());
      Segment t = theirsByKey.get(a.key());
      if (t == null) {
        if (b == null) {
          merged.put(a.key(), a); // added by us
        } else if (!b.equals(a)) {
          retire(a); // they retired it, we changed it: our change is kept for reuse
        }
        return;
      }
      if (b == null && !a.source().equals(t.source())) {
        merged.put(a.key(), a); // the same new key for different sources: theirs is renamed in placeTheirs
        return;
      }
      Segment common = b != null ? b : Segment.untranslated(a.key(), a.para(), a.source());
      merged.put(a.key(), segment(common, a, t));
      theirsByKey.remove(a.key());
    }

    /** Ours in our order, each segment only theirs after the one it follows in their order. */
    private List<Segment> placeTheirs() {
      List<Segment> order = new ArrayList<>(merged.values());
      String previous = null;
      for (Segment t : theirs.segments()) {
        if (!theirsByKey.containsKey(t.key())) {
          previous = t.key();
          continue;
        }
        Segment b = base.get(t.key());
        if (b != null) {
          if (!b.equals(t)) {
            retire(t); // we retired it, they changed it: their change is kept for reuse
          }
          continue;
        }
        Segment placed = merged.containsKey(t.key()) ? renamed(t) : t;
        order.add(indexAfter(order, previous), placed);
        previous = placed.key();
      }
      return order;
    }

    private Segment renamed(Segment t) {
      String key = "s" + nextKey++;
      renamed.put(t.key(), key);
      return new Segment(key, t.para(), t.source(), t.target(), t.state(), t.previousSource(), t.origin(),
          t.waivers());
    }

    private static int indexAfter(List<Segment> order, String previousKey) {
      if (previousKey == null) {
        return 0;
      }
      for (int i = 0; i < order.size(); i++) {
        if (order.get(i).key().equals(previousKey)) {
          return i + 1;
        }
      }
      return order.size();
    }

    private void retire(Segment s) {
      boolean known = retired.stream().anyMatch(r -> r.key().equals(s.key()) && r.sourceHash().equals(s.sourceHash())
          && Objects.equals(r.target(), s.target()));
      if (s.hasTarget() && !known) {
        retired.add(s);
      }
    }

    /** One segment changed on both sides. */
    private Segment segment(Segment b, Segment a, Segment t) {
      if (a.equals(t)) {
        return a;
      }
      int para = pick(b.para(), a.para(), t.para());
      Content source = pick(b.source(), a.source(), t.source());
      return translation(b, a, t, a.key(), para, source, waivers(b, a, t));
    }

    /** The waivers: three-way, and both sides' together when both changed them. */
    private static List<Waiver> waivers(Segment b, Segment a, Segment t) {
      if (Objects.equals(a.waivers(), b.waivers()) || Objects.equals(t.waivers(), b.waivers())) {
        return pick(b.waivers(), a.waivers(), t.waivers());
      }
      List<Waiver> all = new ArrayList<>(a.waivers());
      t.waivers().stream().filter(w -> !all.contains(w)).forEach(all::add);
      return all;
    }

    private Segment translation(Segment b, Segment a, Segment t, String key, int para, Content source,
        List<Waiver> waivers) {
      Content ta = a.target();
      Content tt = t.target();
      Segment from;
      if (Objects.equals(ta, tt)) {
        from = a.state().compareTo(t.state()) >= 0 ? a : t;
      } else if (tt == null || Objects.equals(tt, b.target())) {
        from = a;
      } else if (ta == null || Objects.equals(ta, b.target())) {
        from = t;
      } else {
        conflicts.add(key);
        Content conflict = MergeConflict.combine(Contents.fitCodes(ta, source), Contents.fitCodes(tt, source));
        Content basis = basis(a);
        return new Segment(key, para, source, conflict, State.NEEDS_UPDATE,
            basis.equals(source) ? null : basis, MergeConflict.ORIGIN, waivers);
      }
      return carried(from, key, para, source, waivers);
    }

    /** The translation of {@code from} on the merged source: needs-update when made for another source. */
    private static Segment carried(Segment from, String key, int para, Content source,
        List<Waiver> waivers) {
      if (!from.hasTarget()) {
        return new Segment(key, para, source, null, State.NEW, null, "", waivers);
      }
      Content basis = basis(from);
      Content target = Contents.fitCodes(from.target(), source);
      if (basis.equals(source)) {
        // a needs-update whose edit the merge undid is translated again; a conflict stays one
        boolean undone = from.state() == State.NEEDS_UPDATE && from.previousSource() != null;
        State state = undone ? State.TRANSLATED : from.state();
        return new Segment(key, para, source, target, state, null, from.origin(), waivers);
      }
      return new Segment(key, para, source, target, State.NEEDS_UPDATE, basis, from.origin(), waivers);
    }

    private static Content basis(Segment s) {
      return s.previousSource() != null ? s.previousSource() : s.source();
    }

    /** The three-way choice for one value: a side's change wins over the base; ours when both changed. */
    private static <T> T pick(T b, T a, T t) {
      if (Objects.equals(a, t) || Objects.equals(t, b)) {
        return a;
      }
      return Objects.equals(a, b) ? t : a;
    }
  }
}
