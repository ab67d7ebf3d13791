package org.tandem.check;

import java.util.ArrayList;
import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.model.Term;
import org.tandem.terms.TermHit;

/**
 * A term the glossary forbids in the source language appears in the source ("Asylant" in a
 * German chapter): the author's text, not the translation, should change. Checked in every
 * segment, translated or not, since sources are edited before translation.
 */
public final class DeprecatedSourceRule extends SegmentRule {
  /** The rule's name in reports. */
  public static final String ID = "term-deprecated-source";

  public DeprecatedSourceRule() {
    super(ID, Severity.WARNING, "The source text uses a term the glossary marks as deprecated in its language.");
  }

  @Override
  public List<Finding> check(CheckContext ctx, Segment segment) {
    List<Finding> findings = new ArrayList<>();
    for (List<TermHit> hits : ForbiddenTermRule.forbiddenHits(ctx.sourceHits(segment)).values()) {
      TermHit hit = hits.get(0);
      Term preferred = hit.concept().preferred(ctx.sourceLang());
      String message = "the source uses \"" + hit.term().text() + "\", which the glossary deprecates"
          + (preferred == null ? "" : "; the author should write \"" + preferred.text() + "\"");
      findings.add(new Finding(ctx.chapter().id(), segment.key(), ID, defaultSeverity(),
          hit.term().text(), hit.concept().id(), message, ForbiddenTermRule.spans(hits), List.of()));
    }
    return findings;
  }
}
