package org.tandem.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Piece;

/**
 * Decides how a unit's inline codes are written in XLIFF 2.0, for source and target together.
 *
 * <p>A pair whose two halves are in the content, properly nested with the other pairs, in source and
 * target alike, becomes {@code <pc>}; any other pair {@code <sc>}/{@code <ec startRef>}; a half
 * whose partner is in another segment {@code <sc isolated="yes">} or {@code <ec isolated="yes">};
 * a standalone code {@code <ph>}. Ids follow the standard: every id in the source side is unique in
 * the unit ({@code N}, then {@code N_2}, ... for a second element of code N), and a target element
 * reuses the id of the source element of the same name and code, or gets one no other element
 * has. The segment's own id ({@link #SEGMENT_ID}) is not a number, so it never meets a code's.
 * Each distinct code data becomes one {@code <data id="dK">}, referenced by {@code dataRef},
 * {@code dataRefStart} or {@code dataRefEnd}; empty data is not written.
 */
final class Xliff20CodeLayout {
  /** The id of the single segment of each unit tandem writes. */
  static final String SEGMENT_ID = "seg";

  /** How a code is written. */
  enum Form { PH, PC_START, PC_END, SC, EC, SC_ISOLATED, EC_ISOLATED }

  /**
   * One code's element.
   *
   * @param form the element
   * @param id its id, or null (a pc's end, a paired ec)
   * @param startRef a paired ec's start, or null
   * @param dataRef the data id (a pc's start data), or null
   * @param dataRefEnd a pc's end data id, or null
   */
  record Placed(Form form, String id, String startRef, String dataRef, String dataRefEnd) {}

  private final Map<String, String> dataIds = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>(Set.of(SEGMENT_ID));
  /** Source elements by name and code number, in order, for the target to correspond to. */
  private final Map<String, List<String>> sourceIds = new HashMap<>();
  private final Map<Integer, Placed> source;
  private final Map<Integer, Placed> target;

  private Xliff20CodeLayout(Content source, Content target) {
    Set<Integer> pcs = pcNumbers(source, target);
    this.source = place(source.pieces(), pcs, true);
    this.target = target == null ? Map.of() : place(target.pieces(), pcs, false);
  }

  /** Plans the codes of a unit; {@code target} may be null. */
  static Xliff20CodeLayout plan(Content source, Content target) {
    return new Xliff20CodeLayout(source, target);
  }

  /** The source's elements by piece index. */
  Map<Integer, Placed> source() {
    return source;
  }

  /** The target's elements by piece index. */
  Map<Integer, Placed> target() {
    return target;
  }

  /** The original data to write: content by data id, in order of first use. */
  Map<String, String> data() {
    Map<String, String> byId = new LinkedHashMap<>();
    dataIds.forEach((data, id) -> byId.put(id, data));
    return byId;
  }

  private Map<Integer, Placed> place(List<Piece> pieces, Set<Integer> pcs, boolean isSource) {
    Map<Integer, Integer> pairs = pairs(pieces);
    Map<Integer, Placed> placed = new HashMap<>();
    Map<String, Integer> claimed = new HashMap<>();
    for (int i = 0; i < pieces.size(); i++) {
      if (!(pieces.get(i) instanceof Code code) || placed.containsKey(i)) {
        continue;
      }
      Integer close = pairs.get(i);
      if (code.kind() == CodeKind.PLACEHOLDER) {
        placed.put(i, new Placed(Form.PH, id("ph", code.id(), isSource, claimed), null, data(code), null));
      } else if (close != null && pcs.contains(code.id())) {
        String id = id("pc", code.id(), isSource, claimed);
        placed.put(i, new Placed(Form.PC_START, id, null, data(code), data((Code) pieces.get(close))));
        placed.put(close, new Placed(Form.PC_END, null, null, null, null));
      } else if (close != null) {
        String id = id("sc", code.id(), isSource, claimed);
        placed.put(i, new Placed(Form.SC, id, null, data(code), null));
        placed.put(close, new Placed(Form.EC, null, id, data((Code) pieces.get(close)), null));
      } else {
        boolean open = code.kind() == CodeKind.OPEN;
        String id = id(open ? "sc" : "ec", code.id(), isSource, claimed);
        placed.put(i, new Placed(open ? Form.SC_ISOLATED : Form.EC_ISOLATED, id, null, data(code), null));
      }
    }
    return placed;
  }

  /** A source element's id, or the id a target element shares with its source element. */
  private String id(String element, int number, boolean isSource, Map<String, Integer> claimed) {
    String key = element + "/" + number;
    if (isSource) {
      String id = fresh(number);
      sourceIds.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
      return id;
    }
    List<String> candidates = sourceIds.getOrDefault(key, List.of());
    int n = claimed.merge(key, 1, Integer::sum) - 1;
    return n < candidates.size() ? candidates.get(n) : fresh(number);
  }

  private String fresh(int number) {
    String id = Integer.toString(number);
    for (int k = 2; used.contains(id); k++) {
      id = number + "_" + k;
    }
    used.add(id);
    return id;
  }

  private String data(Code code) {
    return code.data().isEmpty() ? null : dataIds.computeIfAbsent(code.data(), d -> "d" + (dataIds.size() + 1));
  }

  /** Open index to close index: each open takes the next unmatched close of its id. */
  static Map<Integer, Integer> pairs(List<Piece> pieces) {
    Map<Integer, Integer> pairs = new HashMap<>();
    int[] partners = Content.codePartners(pieces);
    for (int i = 0; i < partners.length; i++) {
      if (partners[i] > i) {
        pairs.put(i, partners[i]);
      }
    }
    return pairs;
  }

  /** The code numbers written as pc: one nested pair in the source, and in the target if it has the code. */
  private static Set<Integer> pcNumbers(Content source, Content target) {
    Set<Integer> pcs = singlePairs(source.pieces());
    if (target != null) {
      Set<Integer> inTarget = new HashSet<>();
      target.codes().forEach(c -> inTarget.add(c.id()));
      Set<Integer> targetPairs = singlePairs(target.pieces());
      pcs.removeIf(n -> inTarget.contains(n) && !targetPairs.contains(n));
    }
    while (removeCrossing(source.pieces(), pcs) || (target != null && removeCrossing(target.pieces(), pcs))) {
      // each pass drops one pair that crosses another; pairs are few
    }
    return pcs;
  }

  /** Numbers that occur exactly as one open followed by one close (and nothing else). */
  private static Set<Integer> singlePairs(List<Piece> pieces) {
    Map<Integer, String> shape = new HashMap<>();
    for (Piece piece : pieces) {
      if (piece instanceof Code c) {
        shape.merge(c.id(), c.kind().name().substring(0, 1), String::concat);
      }
    }
    Set<Integer> single = new HashSet<>();
    shape.forEach((n, s) -> {
      if (s.equals("OC")) {
        single.add(n);
      }
    });
    return single;
  }

  /** Drops the first pc candidate whose close does not close the innermost open candidate. */
  private static boolean removeCrossing(List<Piece> pieces, Set<Integer> pcs) {
    List<Integer> open = new ArrayList<>();
    for (Piece piece : pieces) {
      if (piece instanceof Code c && pcs.contains(c.id()) && c.kind() != CodeKind.PLACEHOLDER) {
        if (c.kind() == CodeKind.OPEN) {
          open.add(c.id());
        } else if (open.get(open.size() - 1) == c.id()) {
          open.remove(open.size() - 1);
        } else {
          pcs.remove(c.id());
          return true;
        }
      }
    }
    return false;
  }
}
