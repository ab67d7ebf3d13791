package org.tandem.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.tandem.compare.Contents;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;
import org.tandem.tm.TranslationMemory;

/**
 * Carries stored segments over to a fresh segmentation of their chapter, so that no translation is
 * lost (see {@link SegmentAlignment} for how segments are paired):
 * <ul>
 *   <li>a segment whose source is unchanged keeps its key, translation and state wherever it moved;</li>
 *   <li>an edited segment (at least {@link #EDIT_THRESHOLD} similar) keeps its key and translation
 *       and becomes {@code needs-update}, remembering the source its translation was made for
 *       ({@code previousSource}); when the edit is undone, it is {@code translated} again;</li>
 *   <li>a segment split in two or three keeps its key and translation in its most similar part;
 *       segments merged into one give it the first one's key and their translations joined;</li>
 *   <li>a new segment gets a new key (keys are never reused) and, when the translation memory has
 *       an exact match, that translation: state {@code translated}, origin {@code tm};</li>
 *   <li>a segment whose source is gone is retired with its translation, never deleted;</li>
 *   <li>two segments with the same key (a plain text merge of two branches that both added
 *       segments leaves them) are told apart: the later one gets a new key.</li>
 * </ul>
 */
public final class Resegmenter {
  /**
   * How similar (see {@link org.tandem.compare.Similarity}) a new source must be to a stored one to
   * count as its edit: 0.6, so that at least six words in ten stay. One changed word in a three-word
   * heading (0.67) is an edit; "Die Stadt wächst." and "Die Kinder lernen." (0.33) are not.
   */
  public static final double EDIT_THRESHOLD = 0.6;

  private Resegmenter() {}

  /**
   * What re-segmenting did; kept, moved, edited and added add up to the chapter's segments.
   *
   * @param store the chapter's new segments
   * @param kept segments whose source is unchanged and that kept their order
   * @param moved segments whose source is unchanged but that moved
   * @param edited segments whose source was edited (split and merged ones included)
   * @param added new segments
   * @param leveraged new or edited untranslated segments pre-filled from the translation memory
   * @param retired stored segments whose source is gone (kept in the store's retired list when translated)
   */
  public record Result(ChapterSegments store, int kept, int moved, int edited, int added, int leveraged,
      int retired) {}

  /**
   * Answers the translation memory's part for a chapter's new untranslated segments, all at once, so
   * that the memory can be read for just these sources.
   */
  @FunctionalInterface
  public interface Leverage {
    /** For each query, in order, the translation to pre-fill the segment with, or empty. */
    List<Optional<TranslationMemory.Leveraged>> answer(Lang lang, List<Query> queries);

    /**
     * A new segment's source, and the match keys of the sources before and after it ("" at an end).
     *
     * @param source the segment's source
     * @param before the match key of the source before it
     * @param after the match key of the source after it
     */
    record Query(Content source, String before, String after) {}

    /** Answers from a whole memory, asked for only when there is a query. */
    static Leverage from(Supplier<TranslationMemory> memory) {
      return (lang, queries) -> {
        if (queries.isEmpty()) {
          return List.of();
        }
        TranslationMemory m = memory.get();
        return queries.stream().map(q -> m.leverage(lang, q.source(), q.before(), q.after())).toList();
      };
    }
  }

  /** Aligns {@code fresh} with {@code stored}, without a translation memory. */
  public static Result apply(ChapterSegments stored, List<ExtractedSegment> fresh) {
    return apply(stored, fresh, null, TranslationMemory::new);
  }

  /**
   * Aligns {@code fresh} with {@code stored}; new segments are pre-filled from the memory, which is
   * only built when there is a new segment.
   *
   * @param lang the chapter's source language (how words are compared), or null for no language rules
   */
  public static Result apply(ChapterSegments stored, List<ExtractedSegment> fresh, Lang lang,
      Supplier<TranslationMemory> memory) {
    return apply(stored, fresh, lang, Leverage.from(memory));
  }

  /**
   * Aligns {@code fresh} with {@code stored}; new untranslated segments are pre-filled by
   * {@code leverage}, asked once with all of them.
   *
   * @param lang the chapter's source language (how words are compared), or null for no language rules
   */
  public static Result apply(ChapterSegments stored, List<ExtractedSegment> given, Lang lang, Leverage leverage) {
    List<ExtractedSegment> fresh = Joins.apply(given, stored.segments()); // units joined by tandem align stay joined
    Locale locale = lang == null ? Locale.ROOT : lang.locale();
    SegmentAlignment alignment = new SegmentAlignment(stored.segments(), fresh, locale, EDIT_THRESHOLD);
    List<SegmentAlignment.Match> matches = alignment.align();
    boolean[] moved = alignment.moved();
    Builder b = new Builder(stored, fresh, lang, leverage);
    for (int i = 0; i < fresh.size(); i++) {
      b.add(i, matches.get(i), moved[i]);
    }
    boolean[] used = alignment.storedUsed();
    for (int s = 0; s < used.length; s++) {
      if (!used[s]) {
        b.retire(stored.segments().get(s));
      }
    }
    return b.result();
  }

  /** Collects the new store and the counts. */
  private static final class Builder {
    private final ChapterSegments stored;
    private final List<ExtractedSegment> fresh;
    private final Lang lang;
    private final Leverage leverage;
    private final List<int[]> pending = new ArrayList<>(); // {position in segments, fresh index}
    private final List<Segment> segments = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final List<Segment> retired;
    private int nextKey;
    private int kept;
    private int moved;
    private int edited;
    private int added;
    private int leveraged;
    private int dropped;

    Builder(ChapterSegments stored, List<ExtractedSegment> fresh, Lang lang, Leverage leverage) {
      this.stored = stored;
      this.fresh = fresh;
      this.lang = lang;
      this.leverage = leverage;
      this.retired = new ArrayList<>(stored.retired());
      this.nextKey = Math.max(stored.nextKey(), highestKey(stored) + 1);
    }

    /** The highest number of an {@code sN} key in the store, so that a damaged nextKey never reuses one. */
    private static int highestKey(ChapterSegments stored) {
      return Stream.concat(stored.segments().stream(), stored.retired().stream())
          .map(Segment::key).filter(k -> k.matches("s[0-9]{1,9}")).mapToInt(k -> Integer.parseInt(k.substring(1)))
          .max().orElse(0);
    }

    /**
     * The segment under a key no earlier segment of the new store has: two segments with one key
     * (as a plain text merge of two branches that both added segments leaves them) are told apart.
     */
    private Segment unique(Segment s) {
      if (keys.add(s.key())) {
        return s;
      }
      String key = "s" + nextKey++;
      keys.add(key);
      return new Segment(key, s.para(), s.source(), s.target(), s.state(), s.previousSource(), s.origin(), s.waivers());
    }

    void add(int i, SegmentAlignment.Match match, boolean wasMoved) {
      ExtractedSegment x = fresh.get(i);
      List<Segment> olds = match.stored().stream().map(stored.segments()::get).toList();
      switch (match.kind()) {
        case SAME -> {
          segments.add(unique(olds.get(0).withPara(x.para())));
          if (wasMoved) {
            moved++;
          } else {
            kept++;
          }
        }
        case EDITED -> {
          segments.add(unique(leverageIfUntranslated(i, edited(olds.get(0), x))));
          edited++;
        }
        case MERGED -> {
          segments.add(unique(leverageIfUntranslated(i, merged(olds, x))));
          olds.subList(1, olds.size()).forEach(this::keepRetired);
          edited++;
        }
        case NEW -> {
          segments.add(unique(leverageIfUntranslated(i, Segment.untranslated("s" + nextKey++, x.para(),
              x.source()))));
          added++;
        }
      }
    }

    /** An edited segment: its translation kept for revision, unless the edit undid an earlier one. */
    private static Segment edited(Segment old, ExtractedSegment x) {
      if (!old.hasTarget()) {
        return new Segment(old.key(), x.para(), x.source(), null, State.NEW, null, "", old.waivers());
      }
      Content basis = old.previousSource() != null ? old.previousSource() : old.source();
      Content target = Contents.fitCodes(old.target(), x.source());
      if (basis.equals(x.source())) {
        return new Segment(old.key(), x.para(), x.source(), target, State.TRANSLATED, null, old.origin(),
            old.waivers());
      }
      return new Segment(old.key(), x.para(), x.source(), target, State.NEEDS_UPDATE, basis, old.origin(),
          old.waivers());
    }

    /** Segments merged into one: the first's key, the translations joined for revision. */
    private static Segment merged(List<Segment> olds, ExtractedSegment x) {
      List<Content> bases = olds.stream().map(s -> s.previousSource() != null ? s.previousSource() : s.source())
          .toList();
      List<Content> targets = olds.stream().map(Segment::target).toList();
      Segment first = olds.get(0);
      if (targets.stream().allMatch(t -> t == null)) {
        return new Segment(first.key(), x.para(), x.source(), null, State.NEW, null, "", first.waivers());
      }
      Content target = Contents.fitCodes(Contents.joinTargets(bases, targets), x.source());
      return new Segment(first.key(), x.para(), x.source(), target, State.NEEDS_UPDATE, Contents.join(bases), "",
          first.waivers());
    }

    /** The segment, noted to be pre-filled from the memory (see {@link #leverageAll}) when it has no target. */
    private Segment leverageIfUntranslated(int i, Segment segment) {
      if (!segment.hasTarget() && lang != null) {
        pending.add(new int[] {segments.size(), i});
      }
      return segment;
    }

    /** Asks the memory for every noted segment at once and pre-fills those it has a translation for. */
    private void leverageAll() {
      List<Leverage.Query> queries = new ArrayList<>();
      for (int[] p : pending) {
        int i = p[1];
        String before = i > 0 ? Contents.matchKey(fresh.get(i - 1).source()) : "";
        String after = i + 1 < fresh.size() ? Contents.matchKey(fresh.get(i + 1).source()) : "";
        queries.add(new Leverage.Query(segments.get(p[0]).source(), before, after));
      }
      List<Optional<TranslationMemory.Leveraged>> hits = leverage.answer(lang, queries);
      for (int k = 0; k < pending.size(); k++) {
        Optional<TranslationMemory.Leveraged> hit = hits.get(k);
        if (hit.isPresent()) {
          Segment s = segments.get(pending.get(k)[0]);
          segments.set(pending.get(k)[0], new Segment(s.key(), s.para(), s.source(), hit.get().target(),
              State.TRANSLATED, null, "tm", s.waivers()));
          leveraged++;
        }
      }
    }

    void retire(Segment old) {
      dropped++;
      keepRetired(old);
    }

    /** Keeps a translated segment in the retired list, unless the same translation is there already. */
    private void keepRetired(Segment old) {
      boolean known = retired.stream().anyMatch(r -> r.sourceHash().equals(old.sourceHash())
          && r.hasTarget() && old.hasTarget() && r.target().equals(old.target()));
      if (old.hasTarget() && !known) {
        retired.add(old);
      }
    }

    Result result() {
      if (!pending.isEmpty()) {
        leverageAll();
      }
      ChapterSegments store = new ChapterSegments(stored.chapter(), nextKey, segments, retired);
      return new Result(store, kept, moved, edited, added, leveraged, dropped);
    }
  }
}
