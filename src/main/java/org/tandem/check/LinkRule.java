package org.tandem.check;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * Links, e-mail addresses, @handles and file paths must appear in the translation unchanged (a
 * Turkish suffix after an apostrophe, www.stadt.de'ye, and a full stop after them are not part of them).
 */
public final class LinkRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "link-changed";

  public LinkRule() {
    super(ID, Severity.ERROR, "A link, e-mail address, @handle or file path of the source is missing or changed.");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    Map<String, Integer> s = count(Protected.links(source));
    Map<String, Integer> t = count(Protected.links(target));
    if (s.keySet().equals(t.keySet())) {
      return null; // a link given once more or once less in the translation is still the same link
    }
    for (String link : s.keySet()) {
      if (!t.containsKey(link)) {
        return "\"" + link + "\" is missing or changed in the translation";
      }
    }
    for (String link : t.keySet()) {
      if (!s.containsKey(link)) {
        return "\"" + link + "\" is not in the source";
      }
    }
    return null;
  }

  private static Map<String, Integer> count(List<Protected.Part> parts) {
    Map<String, Integer> counts = new TreeMap<>();
    parts.forEach(p -> counts.merge(p.text(), 1, Integer::sum));
    return counts;
  }
}
