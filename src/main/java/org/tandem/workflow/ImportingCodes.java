package org.tandem.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Piece;

/**
 * Checks a translation's inline codes against the stored source before it is applied, and gives it
 * the stored code data (a CAT tool may have changed or dropped the data it was shown).
 *
 * <p>Every code of the source must be in the target exactly as often; codes may move, but a pair
 * whose two halves are both in the segment must still open before it closes, and pairs that nest
 * in the source must not overlap in the target (Markdown such as {@code **[x**](url)} would break).
 */
final class ImportingCodes {
  private ImportingCodes() {}

  /** The target with the source's code data; throws IllegalArgumentException naming the code. */
  static Content withStoredCodes(Content target, Content source) {
    if (target.pieces().size() <= 1 && source.pieces().size() <= 1 && target.codes().isEmpty()
        && source.codes().isEmpty()) {
      return target; // plain text on both sides: no code to check or restore
    }
    Map<String, Code> byTag = new HashMap<>();
    for (Code code : source.codes()) {
      byTag.put(code.tag(), code);
    }
    Map<String, Integer> expected = source.codeTags();
    Map<String, Integer> found = target.codeTags();
    if (!expected.equals(found)) {
      throw new IllegalArgumentException(describeDifference(expected, found, byTag));
    }
    String order = orderProblem(target);
    if (order != null && orderProblem(source) == null) {
      throw new IllegalArgumentException("the target's inline codes are in an order that would break the"
          + " document: " + order + " (keep each pair of tags in order and nested as in the source)");
    }
    List<Piece> pieces = new ArrayList<>();
    for (Piece piece : target.pieces()) {
      pieces.add(piece instanceof Code c ? byTag.get(c.tag()) : piece);
    }
    return new Content(pieces);
  }

  private static String describeDifference(Map<String, Integer> expected, Map<String, Integer> found,
      Map<String, Code> byTag) {
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    expected.forEach((tag, n) -> {
      if (found.getOrDefault(tag, 0) < n) {
        missing.add(tag + " (" + byTag.get(tag).data() + ")");
      }
    });
    found.forEach((tag, n) -> {
      if (expected.getOrDefault(tag, 0) < n) {
        extra.add(tag);
      }
    });
    StringBuilder sb = new StringBuilder("the target's inline codes do not match the source's:");
    if (!missing.isEmpty()) {
      sb.append(" missing ").append(list(missing));
    }
    if (!extra.isEmpty()) {
      sb.append(missing.isEmpty() ? "" : ";").append(" not in the source ").append(list(extra));
    }
    return sb.append(" (keep every tag of the source once in the translation)").toString();
  }

  /** The first few items, so that a file with thousands of stray codes gives a readable message. */
  private static String list(List<String> items) {
    int shown = Math.min(items.size(), 10);
    String head = String.join(", ", items.subList(0, shown));
    return shown < items.size() ? head + " and " + (items.size() - shown) + " more" : head;
  }

  /**
   * What is wrong with the order of the pairs whose two halves are both in the content, or null:
   * a close before its open, or two pairs that overlap instead of nesting.
   */
  static String orderProblem(Content content) {
    Map<Integer, int[]> counts = new HashMap<>();
    for (Code c : content.codes()) {
      int[] n = counts.computeIfAbsent(c.id(), k -> new int[2]);
      n[c.kind() == CodeKind.OPEN ? 0 : 1] += c.kind() == CodeKind.PLACEHOLDER ? 0 : 1;
    }
    Deque<Integer> open = new ArrayDeque<>();
    for (Code c : content.codes()) {
      int[] n = counts.get(c.id());
      if (c.kind() == CodeKind.PLACEHOLDER || n[0] == 0 || n[1] == 0) {
        continue; // a standalone code, or half of a pair whose other half is in another segment
      }
      if (c.kind() == CodeKind.OPEN) {
        open.push(c.id());
      } else if (!open.contains(c.id())) {
        return "{/" + c.id() + "} comes before {" + c.id() + "}";
      } else if (open.peek() != c.id()) {
        return "{" + open.peek() + "}…{/" + open.peek() + "} and {" + c.id() + "}…{/" + c.id() + "} overlap";
      } else {
        open.pop();
      }
    }
    return null;
  }
}
