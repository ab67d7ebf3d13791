package org.tandem.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.check.Waivers;
import org.tandem.model.Chapter;
import org.tandem.model.Concept;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.Term;
import org.tandem.store.AtomicFiles;
import org.tandem.terms.TermHit;
import org.tandem.terms.TermMatcher;
import org.tandem.xliff.XliffFiles;
import org.tandem.xliff.XliffVersion;
import org.tandem.xliff.XliffDocument;
import org.tandem.xliff.XliffUnit;

/**
 * Writes chapters as XLIFF (1.2 or 2.0) for translators, with the glossary terms each unit needs as
 * notes and what {@link ExportOffers} offers beside the target.
 */
public final class Exporting {
  private Exporting() {}

  /**
   * What to export.
   *
   * @param states the states of the segments to include (all when empty)
   * @param copySource pre-fill missing targets with the source, for tools that translate inside
   *     {@code <target>} (OmegaT); such units stay {@code new}
   * @param version the XLIFF version to write
   */
  public record Options(Set<State> states, boolean copySource, XliffVersion version) {
    public Options {
      states = Set.copyOf(states);
      java.util.Objects.requireNonNull(version, "version");
    }

    /** XLIFF 1.2, the default. */
    public Options(Set<State> states, boolean copySource) {
      this(states, copySource, XliffVersion.V1_2);
    }
  }

  /**
   * One written file.
   *
   * @param chapter the chapter
   * @param file the XLIFF file
   * @param units how many units it holds
   */
  public record Written(Chapter chapter, Path file, int units) {}

  /** Exports each chapter to {@code out/<chapter>.<src>-<tgt>.xlf}, on every processor. */
  public static List<Written> export(Project project, List<Chapter> chapters, Path out, Options options,
      Tracker tracker) {
    ExportOffers offers = new ExportOffers(project.workspace());
    Map<Lang, TermMatcher> matchers = new EnumMap<>(Lang.class);
    for (Chapter chapter : chapters) {
      matchers.computeIfAbsent(chapter.sourceLang(), lang -> new TermMatcher(project.glossary(), lang));
    }
    return Parallel.map(chapters, chapter -> {
      TermMatcher matcher = matchers.get(chapter.sourceLang());
      List<XliffUnit> units = new ArrayList<>();
      for (Segment s : project.workspace().load(chapter).segments()) {
        if (options.states().isEmpty() || options.states().contains(s.state())) {
          units.add(offers.addTo(unit(s, chapter, matcher, options.copySource()), s, chapter));
        }
      }
      XliffDocument doc = new XliffDocument(chapter.file(), chapter.id(), chapter.sourceLang(),
          chapter.targetLang(), units);
      Path file = out.resolve(chapter.id() + "." + chapter.sourceLang() + "-" + chapter.targetLang() + ".xlf");
      AtomicFiles.write(file, bytes(doc, options.version()));
      tracker.done(chapter, units.size());
      return new Written(chapter, file, units.size());
    });
  }

  private static XliffUnit unit(Segment s, Chapter chapter, TermMatcher matcher, boolean copySource) {
    Content target = s.hasTarget() ? s.target() : copySource ? s.source() : null;
    List<String> notes = new ArrayList<>(termNotes(s, chapter, matcher));
    notes.addAll(Waivers.notes(s));
    return XliffUnit.of(s.key(), s.source(), target, s.state(), notes);
  }

  /** One note per glossary concept found in the source: "Kommune → belediye, ... (not: komün)". */
  static List<String> termNotes(Segment s, Chapter chapter, TermMatcher matcher) {
    Map<String, String> notes = new LinkedHashMap<>();
    for (TermHit hit : matcher.find(s.source().plainText())) {
      Concept concept = hit.concept();
      List<Term> allowed = concept.allowed(chapter.targetLang());
      if (allowed.isEmpty() || !hit.term().isAllowed()) {
        continue;
      }
      String note = "Glossary: " + hit.term().text() + " \u2192 "
          + allowed.stream().map(Term::text).collect(Collectors.joining(", "));
      List<Term> forbidden = concept.forbidden(chapter.targetLang());
      if (!forbidden.isEmpty()) {
        note += " (not: " + forbidden.stream().map(Term::text).collect(Collectors.joining(", ")) + ")";
      }
      notes.putIfAbsent(concept.id(), note);
    }
    return List.copyOf(notes.values());
  }

  private static byte[] bytes(XliffDocument doc, XliffVersion version) {
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      XliffFiles.write(doc, version, buffer);
      return buffer.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
