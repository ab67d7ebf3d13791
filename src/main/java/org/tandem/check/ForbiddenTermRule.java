package org.tandem.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.model.Term;
import org.tandem.terms.TermHit;

/**
 * A term the glossary forbids in the target language appears in the target ("komün" where
 * "belediye" is meant), in any inflected form and case.
 *
 * <p>When the same words are an allowed term of another concept, they are not reported: the
 * glossary then says they are right in some sense, and the checker cannot tell which. Each
 * forbidden term is reported once per segment. Only translated, reviewed or final segments are
 * checked.
 */
public final class ForbiddenTermRule implements Rule {
  /** The rule's name in reports. */
  public static final String ID = "term-forbidden";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(CheckContext ctx, Segment segment) {
    if (!segment.hasTarget() || !segment.state().isDone()) {
      return List.of();
    }
    List<TermHit> hits = ctx.targetHits(segment);
    List<Finding> findings = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (TermHit hit : hits) {
      boolean allowedElsewhere = hits.stream().anyMatch(o -> o.start() == hit.start()
          && o.end() == hit.end() && o.term().isAllowed());
      if (!hit.term().isAllowed() && !allowedElsewhere
          && reported.add(hit.concept().id() + "\u0000" + hit.term().text())) {
        findings.add(finding(ctx, segment, hit));
      }
    }
    return findings;
  }

  private static Finding finding(CheckContext ctx, Segment segment, TermHit hit) {
    Term preferred = hit.concept().preferred(ctx.targetLang());
    String message = "\"" + hit.term().text() + "\" is forbidden here"
        + (preferred == null ? "" : "; use \"" + preferred.text() + "\"");
    return new Finding(ctx.chapter().id(), segment.key(), ID, Severity.ERROR, hit.term().text(),
        hit.concept().id(), message);
  }
}
