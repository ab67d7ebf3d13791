package org.tandem.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.model.Concept;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.model.Span;
import org.tandem.model.Term;
import org.tandem.terms.TermHit;

/**
 * A glossary term in the source needs one of its concept's allowed terms in the target.
 *
 * <p>Presence, not count: a concept found once or several times in the source is satisfied by one
 * allowed target term anywhere in the segment. Counting occurrences would be stricter but wrong
 * too often: Turkish drops a repeated noun or refers back with a pronoun, and a German compound
 * (Arbeitsmarktintegration) folds two terms into one word that Turkish writes as a phrase.
 *
 * <p>Where the same source words belong to several concepts (a shared or ambiguous term), any of
 * those concepts' target terms will do. Concepts without allowed target terms are skipped, and so
 * are do-not-translate terms ({@link DntChangedRule} checks those). Only translated, reviewed or
 * final segments are checked: a stale or pre-filled target is not a translation yet.
 */
public final class TermMissingRule extends SegmentRule {
  /** The rule's name in reports. */
  public static final String ID = "term-missing";

  public TermMissingRule() {
    super(ID, Severity.ERROR, "A glossary term in the source has none of its concept's allowed terms in the translation.");
  }

  @Override
  public List<Finding> check(CheckContext ctx, Segment segment) {
    if (!isTranslation(segment)) {
      return List.of();
    }
    List<TermHit> sourceHits = ctx.sourceHits(segment);
    if (sourceHits.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    Set<String> inTarget = new HashSet<>();
    for (TermHit h : ctx.targetTermsPresent(segment)) {
      if (h.term().isAllowed()) {
        inTarget.add(h.concept().id());
      }
    }
    Set<String> reported = new HashSet<>();
    for (List<TermHit> sameWords : byRange(sourceHits)) {
      List<TermHit> needed = new ArrayList<>(sameWords.size());
      for (TermHit h : sameWords) {
        if (hasAllowed(h.concept(), ctx.targetLang())) {
          needed.add(h);
        }
      }
      boolean satisfied = needed.stream().anyMatch(h -> inTarget.contains(h.concept().id()));
      if (!needed.isEmpty() && !satisfied && reported.add(needed.get(0).concept().id())) {
        findings.add(finding(ctx, segment, needed.get(0), sourceHits));
      }
    }
    return findings;
  }

  /** True when the concept has a term a translation into {@code lang} may use (no stream: a hot path). */
  private static boolean hasAllowed(Concept concept, org.tandem.model.Lang lang) {
    for (Term t : concept.terms(lang)) {
      if (t.isAllowed()) {
        return true;
      }
    }
    return false;
  }

  /** Allowed, translatable source hits grouped by the text they cover, in text order. */
  private static List<List<TermHit>> byRange(List<TermHit> hits) {
    Map<Long, List<TermHit>> groups = new LinkedHashMap<>();
    for (TermHit hit : hits) {
      if (hit.term().isAllowed() && !hit.term().doNotTranslate()) {
        groups.computeIfAbsent(((long) hit.start() << 32) | hit.end(), k -> new ArrayList<>()).add(hit);
      }
    }
    return List.copyOf(groups.values());
  }

  private Finding finding(CheckContext ctx, Segment segment, TermHit hit, List<TermHit> sourceHits) {
    Concept concept = hit.concept();
    List<Term> wanted = concept.allowed(ctx.targetLang());
    StringBuilder message = new StringBuilder()
        .append('"').append(hit.term().text()).append("\" in the source needs \"")
        .append(wanted.get(0).text()).append('"');
    if (wanted.size() > 1) {
      message.append(" (or ").append(wanted.subList(1, wanted.size()).stream()
          .map(t -> "\"" + t.text() + "\"").collect(Collectors.joining(", "))).append(')');
    }
    message.append(" in the target");
    List<Span> spans = sourceHits.stream().filter(h -> h.concept().id().equals(concept.id()))
        .map(h -> new Span(h.start(), h.end())).distinct().toList();
    return new Finding(ctx.chapter().id(), segment.key(), ID, defaultSeverity(), hit.term().text(),
        concept.id(), message.toString(), spans, List.of());
  }
}
