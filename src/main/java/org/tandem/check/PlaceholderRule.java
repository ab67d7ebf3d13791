package org.tandem.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tandem.model.Code;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * Placeholders and markup must be kept: printf ({@code %s}, {@code %1$d}), braces ({@code {name}},
 * ICU {@code {count, plural, ...}} by its argument), HTML/XML tags written in the text (by name:
 * a translated {@code title} attribute is fine) and the segment's inline codes, the same set on both
 * sides. Only unnumbered printf placeholders must keep their order (%s, %d fill in by position);
 * tags, braces and codes may move with Turkish word order.
 */
public final class PlaceholderRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "placeholder-mismatch";

  public PlaceholderRule() {
    super(ID, Severity.ERROR, "A placeholder, tag or inline code of the source is missing, added or changed.");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    List<String> s = names(Protected.placeholders(source));
    List<String> t = names(Protected.placeholders(target));
    if (!count(s).equals(count(t))) {
      if (!count(numbered(s)).equals(count(numbered(t)))) {
        return "placeholders or tags differ: source has " + join(s) + ", translation has " + join(t);
      }
    } else if (!positional(s).equals(positional(t))) {
      return "the placeholders " + join(positional(s)) + " fill in by position and must keep their order";
    }
    Map<String, Integer> sc = codes(segment.source());
    Map<String, Integer> tc = codes(segment.target());
    if (!sc.equals(tc)) {
      return "inline codes differ: source has " + sc.keySet() + ", translation has " + tc.keySet();
    }
    return null;
  }

  /** A tag by name and kind (attributes may be translated), other placeholders as written. */
  private static List<String> names(List<Protected.Part> parts) {
    List<String> names = new ArrayList<>(parts.size());
    for (Protected.Part p : parts) {
      String text = p.text();
      if (text.startsWith("<")) {
        int end = 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || "/:-_".indexOf(text.charAt(end)) >= 0)) {
          end++;
        }
        String name = text.substring(0, end);
        names.add(name + (text.endsWith("/>") && !name.endsWith("/") ? "/>" : ">"));
      } else if (text.startsWith("{")) {
        names.add("{" + text.substring(1).strip() + "}");
      } else {
        names.add(text);
      }
    }
    return names;
  }

  /**
   * printf placeholders with their argument number: the n-th unnumbered one is %n$, so "%s von %s"
   * and "%2$s içinde %1$s" (reordered for Turkish word order, as gettext allows) agree.
   */
  private static List<String> numbered(List<String> names) {
    List<String> out = new ArrayList<>(names.size());
    int n = 0;
    for (String name : names) {
      boolean printf = name.startsWith("%") && !name.startsWith("%(") && !name.startsWith("%{");
      out.add(printf && !name.contains("$") ? "%" + ++n + "$" + name.substring(1) : name);
    }
    return out;
  }

  private static List<String> positional(List<String> names) {
    return names.stream().filter(n -> n.startsWith("%") && !n.contains("$") && !n.startsWith("%(")
        && !n.startsWith("%{")).toList();
  }

  private static Map<String, Integer> count(List<String> names) {
    Map<String, Integer> counts = new TreeMap<>();
    names.forEach(n -> counts.merge(n, 1, Integer::sum));
    return counts;
  }

  private static Map<String, Integer> codes(Content content) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Piece piece : content.pieces()) {
      if (piece instanceof Code c) {
        counts.merge(c.tag(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static String join(List<String> names) {
    return names.isEmpty() ? "none" : String.join(" ", names);
  }
}
