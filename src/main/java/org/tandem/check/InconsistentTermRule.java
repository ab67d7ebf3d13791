package org.tandem.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.model.Concept;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.model.Span;
import org.tandem.model.Term;
import org.tandem.terms.TermHit;

/**
 * The same concept rendered with different target terms. Admitted variants are allowed, so the
 * rule distinguishes two cases:
 *
 * <ul>
 *   <li>within one chapter, switching between variants confuses the reader: every unit that uses
 *       another term than the chapter mostly does is reported with the rule's severity (a warning);
 *   <li>a chapter that keeps to one variant, while the rest of the project mostly uses another,
 *       is reported once, as info.
 * </ul>
 *
 * <p>A unit's rendering of a concept is the first of the concept's allowed target terms found in
 * its target, for a concept whose term is in the source; do-not-translate terms are left out.
 * The most used term wins; on a tie, the one the glossary lists first.
 */
public final class InconsistentTermRule implements ProjectRule {
  /** The rule's name in reports. */
  public static final String ID = "term-inconsistent";

  /** One unit's rendering of a concept. */
  private record Use(String chapter, String unit, Term term, Span source, Span target) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "A concept is translated with different glossary terms (admitted variants across chapters are info).";
  }

  @Override
  public Collector start() {
    return new Run();
  }

  private final class Run implements Collector {
    /** Per target language (each direction on its own): concept id → its uses in check order. */
    private final Map<org.tandem.model.Lang, Map<String, List<Use>>> uses =
        new java.util.EnumMap<>(org.tandem.model.Lang.class);
    private final Map<String, Concept> concepts = new java.util.HashMap<>();

    @Override
    public void see(CheckContext ctx, Segment segment) {
      if (!segment.hasTarget() || !segment.state().isDone()) {
        return;
      }
      List<TermHit> sourceHits = ctx.sourceHits(segment);
      if (sourceHits.isEmpty()) {
        return;
      }
      Map<String, TermHit> firstInSource = new LinkedHashMap<>();
      for (TermHit hit : sourceHits) {
        if (hit.term().isAllowed() && !hit.term().doNotTranslate()) {
          firstInSource.putIfAbsent(hit.concept().id(), hit);
        }
      }
      for (TermHit hit : firstInSource.values()) {
        Map<String, List<Use>> byConcept =
            uses.computeIfAbsent(ctx.targetLang(), k -> new LinkedHashMap<>());
        rendering(ctx, segment, hit.concept()).ifPresent(t -> {
          concepts.putIfAbsent(hit.concept().id(), hit.concept());
          byConcept.computeIfAbsent(hit.concept().id(), k -> new ArrayList<>()).add(new Use(
              ctx.chapter().id(), segment.key(), t.term(), new Span(hit.start(), hit.end()),
              new Span(t.start(), t.end())));
        });
      }
    }

    private Optional<TermHit> rendering(CheckContext ctx, Segment segment, Concept concept) {
      TermHit first = null;
      for (TermHit h : ctx.targetTermsPresent(segment)) {
        if (h.term().isAllowed() && h.concept() == concept && (first == null || h.start() < first.start())) {
          first = h;
        }
      }
      return Optional.ofNullable(first);
    }

    @Override
    public List<Finding> finish() {
      List<Finding> findings = new ArrayList<>();
      uses.values().forEach(byConcept -> byConcept.forEach((id, list) -> {
        if (list.stream().map(u -> u.term().text()).distinct().count() > 1) {
          findings.addAll(concept(concepts.get(id), list));
        }
      }));
      return findings;
    }

    private List<Finding> concept(Concept concept, List<Use> all) {
      List<Finding> findings = new ArrayList<>();
      Term projectMain = dominant(concept, all);
      Map<String, List<Use>> byChapter = new LinkedHashMap<>();
      all.forEach(u -> byChapter.computeIfAbsent(u.chapter(), k -> new ArrayList<>()).add(u));
      for (List<Use> chapter : byChapter.values()) {
        Term chapterMain = dominant(concept, chapter);
        long same = chapter.stream().filter(u -> u.term().equals(chapterMain)).count();
        for (Use use : chapter) {
          if (!use.term().equals(chapterMain)) {
            findings.add(mixed(concept, use, chapterMain, same));
          }
        }
        if (!chapterMain.equals(projectMain)) {
          Use first = chapter.stream().filter(u -> u.term().equals(chapterMain)).findFirst().orElseThrow();
          long elsewhere = all.stream().filter(u -> u.term().equals(projectMain)).count();
          findings.add(variant(concept, first, same, projectMain, elsewhere));
        }
      }
      return findings;
    }

    /** The most used term; on a tie the glossary's order decides. */
    private Term dominant(Concept concept, List<Use> list) {
      Map<Term, Long> counts = new LinkedHashMap<>();
      list.forEach(u -> counts.merge(u.term(), 1L, Long::sum));
      List<Term> order = new ArrayList<>();
      concept.terms().values().forEach(order::addAll);
      return counts.entrySet().stream()
          .max(Comparator.<Map.Entry<Term, Long>>comparingLong(Map.Entry::getValue)
              .thenComparing(e -> -order.indexOf(e.getKey())))
          .orElseThrow().getKey();
    }

    private Finding mixed(Concept concept, Use use, Term main, long count) {
      String message = "\"" + use.term().text() + "\" here, but \"" + main.text() + "\" in " + count
          + " other unit" + (count == 1 ? "" : "s") + " of this chapter; keep to one term";
      return new Finding(use.chapter(), use.unit(), ID, defaultSeverity(), use.term().text(), concept.id(),
          message, List.of(use.source()), List.of(use.target()));
    }

    private Finding variant(Concept concept, Use use, long count, Term main, long elsewhere) {
      String message = "this chapter renders \"" + concept.id() + "\" as \"" + use.term().text() + "\" ("
          + count + " unit" + (count == 1 ? "" : "s") + "), the project mostly as \"" + main.text()
          + "\" (" + elsewhere + "); both are allowed";
      return new Finding(use.chapter(), use.unit(), ID, Severity.INFO, use.term().text(), concept.id(),
          message, List.of(use.source()), List.of(use.target()));
    }
  }
}
