package org.tandem.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tandem.model.Finding;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.model.Span;
import org.tandem.terms.TermHit;

/**
 * A do-not-translate term of the source (a name such as Jobcenter or İŞKUR) must appear in the
 * target exactly as written: in the glossary's spelling or the source's (a heading in capitals),
 * its first letter's case free (German capitalises nouns: muhtarlık → die Muhtarlık). A Turkish
 * suffix after an apostrophe (Jobcenter'a) and a German ending (des Jobcenters) are allowed; a
 * translation, a respelling (JobCenter, Job-Center) or an omission is reported. Only translated,
 * reviewed or final segments are checked.
 */
public final class DntChangedRule extends SegmentRule {
  /** The rule's name in reports. */
  public static final String ID = "dnt-changed";
  private static final String[] GERMAN_ENDINGS = {"s", "es", "n", "en"};

  public DntChangedRule() {
    super(ID, Severity.ERROR, "A do-not-translate term of the source is missing from the translation or was changed.");
  }

  @Override
  public List<Finding> check(CheckContext ctx, Segment segment) {
    if (!isTranslation(segment)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (TermHit hit : ctx.sourceHits(segment)) {
      if (!hit.term().isAllowed() || !hit.term().doNotTranslate()) {
        continue;
      }
      String source = ctx.sourceText(segment);
      String target = ctx.targetText(segment);
      Set<String> forms = new LinkedHashSet<>(List.of(hit.term().text(), surface(hit.in(source))));
      boolean kept = forms.stream().anyMatch(f -> contains(target, f, ctx.targetLang()));
      if (!kept && reported.add(hit.concept().id())) {
        findings.add(finding(ctx, segment, hit));
      }
    }
    return findings;
  }

  private Finding finding(CheckContext ctx, Segment segment, TermHit hit) {
    String message = "\"" + hit.term().text() + "\" is not translated: the target should contain \""
        + hit.term().text() + "\" as it is";
    List<Span> changed = ctx.targetTermsPresent(segment).stream()
        .filter(h -> h.concept().id().equals(hit.concept().id()))
        .map(h -> new Span(h.start(), h.end())).distinct().toList();
    return new Finding(ctx.chapter().id(), segment.key(), ID, defaultSeverity(), hit.term().text(),
        hit.concept().id(), message, List.of(new Span(hit.start(), hit.end())), changed);
  }

  /** The matched source words without a Turkish apostrophe suffix. */
  private static String surface(String matched) {
    for (int i = 1; i < matched.length(); i++) {
      char c = matched.charAt(i);
      if (c == '\'' || c == '\u2019') {
        return matched.substring(0, i);
      }
    }
    return matched;
  }

  /** True when {@code form} occurs in {@code text} as words of their own (see the class comment). */
  static boolean contains(String text, String form, Lang lang) {
    for (int at = indexOf(text, form, 0); at >= 0; at = indexOf(text, form, at + 1)) {
      boolean starts = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
      if (starts && endsWell(text, at + form.length(), lang)) {
        return true;
      }
    }
    return false;
  }

  /** Finds the form with its first letter in either case. */
  private static int indexOf(String text, String form, int from) {
    for (int at = from; at + form.length() <= text.length(); at++) {
      if (text.regionMatches(true, at, form, 0, 1) && text.startsWith(form.substring(1), at + 1)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean endsWell(String text, int end, Lang lang) {
    if (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end))) {
      return true;
    }
    if (lang == Lang.DE) {
      for (String ending : GERMAN_ENDINGS) {
        int after = end + ending.length();
        if (text.startsWith(ending, end)
            && (after == text.length() || !Character.isLetterOrDigit(text.codePointAt(after)))) {
          return true;
        }
      }
    }
    return false;
  }
}
