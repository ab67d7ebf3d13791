package org.tandem.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tandem.compare.Similarity;
import org.tandem.compare.Tokens;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.MergeConflict;
import org.tandem.store.Suggestions;
import org.tandem.store.Workspace;
import org.tandem.tm.TmMatch;
import org.tandem.tm.TmUnit;
import org.tandem.tm.TranslationMemory;
import org.tandem.xliff.XliffMatch;
import org.tandem.xliff.XliffUnit;

/**
 * What an exported unit offers the translator beside its target: for a {@code needs-update}
 * segment a note with the source its translation was made for and that translation as
 * previous version; for a merge conflict a note and both translations; for a new or needs-update
 * segment the memory's fuzzy matches of at least {@link #FUZZY_THRESHOLD} (at most
 * {@link #MAX_MATCHES}, most similar first), with their score; for a new segment the translation
 * {@code tandem align} found but was not sure of, with its confidence; for an aligned translation a
 * note saying so.
 */
final class ExportOffers {
  /**
   * The least similarity (see {@link Similarity}) of a memory match offered to a translator: 0.7,
   * as in most CAT tools; below it, fixing the match is more work than translating.
   */
  static final double FUZZY_THRESHOLD = 0.7;

  /** The most memory matches offered per unit. */
  static final int MAX_MATCHES = 3;

  private final Workspace workspace;
  private TranslationMemory memory;
  private final java.util.Map<String, Suggestions> suggestions = new java.util.concurrent.ConcurrentHashMap<>();

  ExportOffers(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The unit with the notes and offered translations its segment calls for. */
  XliffUnit addTo(XliffUnit unit, Segment s, Chapter chapter) {
    List<String> notes = new ArrayList<>(unit.notes());
    List<XliffMatch> matches = new ArrayList<>();
    Optional<MergeConflict.Sides> conflict = MergeConflict.isConflict(s)
        ? MergeConflict.split(s.target(), s.source()) : Optional.empty();
    if (conflict.isPresent()) {
      notes.add("Merge conflict: this segment was translated differently on two branches. Keep one"
          + " translation (or combine them) and remove the markers <<<<<<< ======= >>>>>>>.");
      matches.add(new XliffMatch(s.source(), conflict.get().ours(), 100, "merge: this branch",
          XliffMatch.Kind.PROPOSAL));
      matches.add(new XliffMatch(s.source(), conflict.get().theirs(), 100, "merge: other branch",
          XliffMatch.Kind.PROPOSAL));
    }
    if (s.state() == State.NEEDS_UPDATE && s.previousSource() != null && s.hasTarget()) {
      notes.add("The source changed since this was translated; the translation was made for: "
          + s.previousSource().plainText());
      matches.add(new XliffMatch(s.previousSource(), s.target(), score(s.previousSource(), s.source(), chapter),
          chapter.id() + "/" + s.key(), XliffMatch.Kind.PREVIOUS_VERSION));
    }
    if (s.state() == State.TRANSLATED && Progress.ALIGNED.equals(s.origin())) {
      notes.add("Aligned: this translation was taken from an existing translation of the chapter by"
          + " 'tandem align' and has not been reviewed yet.");
    }
    if (s.state() == State.NEW) {
      suggestion(chapter, s).ifPresent(matches::add);
    }
    if (s.state() == State.NEW || s.state() == State.NEEDS_UPDATE) {
      String self = chapter.id() + "/" + s.key();
      for (TmMatch m : fuzzy(chapter.sourceLang(), s.source(),
          u -> u.origin().equals(self) || (s.hasTarget() && u.target().equals(s.target())))) {
        matches.add(new XliffMatch(m.unit().source(), m.unit().target(), Similarity.percent(m.score()),
            m.unit().origin(), XliffMatch.Kind.PROPOSAL));
      }
    }
    if (notes.size() == unit.notes().size() && matches.isEmpty()) {
      return unit;
    }
    return new XliffUnit(unit.id(), unit.source(), unit.target(), unit.state(), notes, unit.rawState(),
        unit.preserveSpace(), matches);
  }

  /** The translation {@code tandem align} found for the segment but did not apply, with its confidence. */
  private Optional<XliffMatch> suggestion(Chapter chapter, Segment s) {
    Suggestions found = suggestions.computeIfAbsent(chapter.id(), id -> Suggestions.load(workspace, id));
    return found.items().stream().filter(i -> i.key().equals(s.key()) && i.hash().equals(s.sourceHash()))
        .findFirst().map(i -> new XliffMatch(s.source(), Content.text(i.target()),
            (int) Math.round(i.confidence() * 100), "tandem align: " + found.file(), XliffMatch.Kind.PROPOSAL));
  }

  private static int score(Content previous, Content source, Chapter chapter) {
    Locale locale = chapter.sourceLang().locale();
    return Similarity.percent(Similarity.of(Tokens.words(previous.plainText(), locale),
        Tokens.words(source.plainText(), locale)));
  }

  /** The memory's matches; one query at a time (the memory's index keeps scratch state per query). */
  private synchronized List<TmMatch> fuzzy(Lang lang, Content source, java.util.function.Predicate<TmUnit> skip) {
    return memory().fuzzy(lang, source, FUZZY_THRESHOLD, MAX_MATCHES, skip);
  }

  private TranslationMemory memory() {
    if (memory == null) {
      memory = Memories.of(workspace);
    }
    return memory;
  }
}
