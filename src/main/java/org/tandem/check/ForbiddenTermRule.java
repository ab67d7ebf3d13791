package org.tandem.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.model.Span;
import org.tandem.model.Term;
import org.tandem.terms.TermHit;

/**
 * A term the glossary forbids in the target language appears in the target ("komün" where
 * "belediye" is meant), in any inflected form and case.
 *
 * <p>When the same words are an allowed term of another concept, they are not reported: the
 * glossary then says they are right in some sense, and the checker cannot tell which. Each
 * forbidden term is reported once per segment, with every place it occurs. Only translated,
 * reviewed or final segments are checked.
 */
public final class ForbiddenTermRule extends SegmentRule {
  /** The rule's name in reports. */
  public static final String ID = "term-forbidden";

  public ForbiddenTermRule() {
    super(ID, Severity.ERROR, "A term the glossary forbids (deprecated, a false friend) is used in the translation.");
  }

  @Override
  public List<Finding> check(CheckContext ctx, Segment segment) {
    if (!isTranslation(segment)) {
      return List.of();
    }
    Map<String, List<TermHit>> forbidden = forbiddenHits(ctx.targetHits(segment));
    List<Finding> findings = new ArrayList<>();
    for (List<TermHit> hits : forbidden.values()) {
      TermHit hit = hits.get(0);
      Term preferred = hit.concept().preferred(ctx.targetLang());
      String message = "\"" + hit.term().text() + "\" is forbidden here"
          + (preferred == null ? "" : "; use \"" + preferred.text() + "\"");
      findings.add(new Finding(ctx.chapter().id(), segment.key(), ID, defaultSeverity(),
          hit.term().text(), hit.concept().id(), message, List.of(), spans(hits)));
    }
    return findings;
  }

  /**
   * Forbidden hits grouped by concept and term, in text order, leaving out words that are also an
   * allowed term of another concept.
   */
  static Map<String, List<TermHit>> forbiddenHits(List<TermHit> hits) {
    Map<String, List<TermHit>> groups = new LinkedHashMap<>();
    for (TermHit hit : hits) {
      boolean allowedElsewhere = hits.stream().anyMatch(o -> o.start() == hit.start()
          && o.end() == hit.end() && o.term().isAllowed());
      if (!hit.term().isAllowed() && !allowedElsewhere) {
        groups.computeIfAbsent(hit.concept().id() + "\u0000" + hit.term().text(), k -> new ArrayList<>())
            .add(hit);
      }
    }
    return groups;
  }

  /** The places of the hits. */
  static List<Span> spans(List<TermHit> hits) {
    return hits.stream().map(h -> new Span(h.start(), h.end())).toList();
  }
}
