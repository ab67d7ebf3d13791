package org.tandem.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tandem.model.Concept;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.terms.TermHit;

/** {@code term-forbidden}: a term the glossary forbids stands in the translation. */
public final class ForbiddenTermRule implements Rule {
  @Override
  public List<Finding> check(CheckContext ctx, Segment segment) {
    if (!segment.hasTarget()) {
      return List.of();
    }
    String target = segment.target().plainText();
    List<Finding> findings = new ArrayList<>();
    for (TermHit hit : ctx.matcher(ctx.chapter().targetLang()).find(target)) {
      if (!hit.term().isAllowed()) {
        Concept concept = hit.concept();
        String instead = concept.allowed(ctx.chapter().targetLang()).stream().map(t -> "\"" + t.text() + "\"")
            .collect(Collectors.joining(" or "));
        findings.add(new Finding(ctx.chapter().id(), segment.key(), "term-forbidden", Severity.ERROR,
            hit.term().text(), concept.id(), "\"" + hit.in(target) + "\" is forbidden by the glossary"
                + (instead.isEmpty() ? "" : "; use " + instead)));
      }
    }
    return findings;
  }
}
