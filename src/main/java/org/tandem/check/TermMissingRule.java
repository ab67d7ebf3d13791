package org.tandem.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.model.Concept;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.model.Term;
import org.tandem.terms.TermHit;

/**
 * {@code term-missing}: a glossary concept whose term occurs in the source needs one of its allowed
 * target terms in the translation. Presence is checked, not the number of occurrences: a translation
 * may rightly refer back with a pronoun where the source repeats the noun.
 */
public final class TermMissingRule implements Rule {
  @Override
  public List<Finding> check(CheckContext ctx, Segment segment) {
    if (!segment.hasTarget()) {
      return List.of();
    }
    Map<String, TermHit> needed = new LinkedHashMap<>();
    for (TermHit hit : ctx.matcher(ctx.chapter().sourceLang()).find(segment.source().plainText())) {
      if (hit.term().isAllowed() && !hit.concept().allowed(ctx.chapter().targetLang()).isEmpty()) {
        needed.putIfAbsent(hit.concept().id(), hit);
      }
    }
    if (needed.isEmpty()) {
      return List.of();
    }
    Set<String> present = ctx.matcher(ctx.chapter().targetLang()).find(segment.target().plainText()).stream()
        .filter(h -> h.term().isAllowed()).map(h -> h.concept().id()).collect(Collectors.toSet());
    List<Finding> findings = new ArrayList<>();
    for (TermHit hit : needed.values()) {
      if (!present.contains(hit.concept().id())) {
        findings.add(finding(ctx, segment, hit.concept(), hit.term()));
      }
    }
    return findings;
  }

  private static Finding finding(CheckContext ctx, Segment segment, Concept concept, Term term) {
    String wanted = concept.allowed(ctx.chapter().targetLang()).stream().map(t -> "\"" + t.text() + "\"")
        .collect(Collectors.joining(" or "));
    return new Finding(ctx.chapter().id(), segment.key(), "term-missing", Severity.ERROR, term.text(),
        concept.id(), "\"" + term.text() + "\" in the source needs " + wanted + " in the translation");
  }
}
