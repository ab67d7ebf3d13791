package org.tandem.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.model.TandemException;

/**
 * The standard's rules on a unit as a whole: ids unique among segments, ignorables and source
 * inline elements; a target element shares its id only with the element of the same name in its
 * own source; target {@code order}s unique; and the editing hints {@code canDelete} and
 * {@code canReorder} (sequences of codes that start with {@code firstNo} keep their order).
 * Inline rules per side are {@link Xliff20CodeRules}'.
 */
final class Xliff20UnitRules {
  private final Xliff20Unit unit;
  private final String fileName;

  private Xliff20UnitRules(Xliff20Unit unit, String fileName) {
    this.unit = unit;
    this.fileName = fileName;
  }

  /** Checks a unit read from {@code fileName}. */
  static void check(Xliff20Unit unit, String fileName) {
    new Xliff20UnitRules(unit, fileName).run();
  }

  private void run() {
    List<Xliff20Inline> sources = Xliff20CodeRules.side(unit, false);
    List<Xliff20Inline> targets = Xliff20CodeRules.side(unit, true);
    List<Xliff20Inline> all = new ArrayList<>(sources);
    all.addAll(targets);
    Xliff20CodeRules.check(unit, "source", sources, all, fileName);
    Xliff20CodeRules.check(unit, "target", targets, all, fileName);
    Map<String, Integer> counts = ids();
    targets.stream().filter(Xliff20Inline::hasId).forEach(p -> counts.merge(p.attr("id"), 1, Integer::sum));
    Map<String, Integer> sourceNames = new HashMap<>(); // "name id" of source elements, counted
    sources.stream().filter(Xliff20Inline::hasId).forEach(p -> sourceNames.merge(p.name() + " " + p.attr("id"), 1, Integer::sum));
    Set<String> inTargets = new HashSet<>();
    markers(targets).forEach(m -> inTargets.add(key(m)));
    for (Xliff20Unit.Part part : unit.parts) {
      targetIds(part, sourceNames, counts);
      hints(part, inTargets);
    }
    order();
  }

  /** Ids of segments, ignorables and source elements: unique in the unit. Returns their counts. */
  private Map<String, Integer> ids() {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> owners = new HashMap<>();
    for (Xliff20Unit.Part part : unit.parts) {
      String element = part.segment() ? "<segment>" : "<ignorable>";
      add(part.id(), element, part.line(), owners, counts);
      for (Xliff20Inline p : part.source()) {
        if (p.hasId()) {
          add(p.attr("id"), p.describe(), p.line(), owners, counts);
        }
      }
    }
    return counts;
  }

  private void add(String id, String element, int line, Map<String, String> owners, Map<String, Integer> counts) {
    if (id == null) {
      return;
    }
    String first = owners.putIfAbsent(id, element);
    if (first != null) {
      throw error(line, "the id '" + id + "' is used by both " + first + " and " + element + "; segments,"
          + " ignorables and the inline elements of sources must have ids unique in their unit");
    }
    counts.put(id, 1);
  }

  /**
   * A target element's id is its own, or that of the element of the same name in a source of the
   * unit (codes may move between the segments of a unit).
   */
  private void targetIds(Xliff20Unit.Part part, Map<String, Integer> sourceNames, Map<String, Integer> counts) {
    if (part.target() == null) {
      return;
    }
    for (Xliff20Inline p : part.target()) {
      if (!p.hasId()) {
        continue;
      }
      String id = p.attr("id");
      int inSource = sourceNames.getOrDefault(p.name() + " " + id, 0);
      int count = counts.getOrDefault(id, 0);
      if (count > 1 && !(count == 2 && inSource == 1)) {
        throw error(p.line(), "the target's " + p.describe() + " shares its id with another element, but not with"
            + " a <" + p.name() + "> of a source; a target element uses the id of its source element"
            + " or an id no other element of the unit has");
      }
    }
  }

  /** Each target's order, explicit or by position, unique and within the unit's parts. */
  private void order() {
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < unit.parts.size(); i++) {
      Xliff20Unit.Part part = unit.parts.get(i);
      if (part.target() == null) {
        continue;
      }
      int order = part.order() == null ? i + 1 : Integer.parseInt(part.order().replaceFirst("^0+", ""));
      if (order > unit.parts.size()) {
        throw error(part.line(), "order=\"" + part.order() + "\" is beyond the unit's " + unit.parts.size()
            + " segments and ignorables");
      }
      if (!seen.add(order)) {
        throw error(part.line(), "two targets of the unit take the position " + order + " (order=\"" + order
            + "\", given or implied by their place); each position may be taken once");
      }
    }
  }

  /** canReorder and canDelete, as far as they concern one segment's source and the unit's targets. */
  private void hints(Xliff20Unit.Part part, Set<String> inTargets) {
    List<Xliff20Inline> markers = markers(part.source());
    List<List<String>> sequences = new ArrayList<>();
    String previous = "yes";
    for (Xliff20Inline m : markers) {
      String reorder = reorder(m);
      if (!reorder.equals("yes") && (!"no".equals(m.attr("canCopy")) || !"no".equals(m.attr("canDelete")))) {
        throw error(m.line(), m.describe() + " has canReorder=\"" + m.attr("canReorder") + "\", so it must also have"
            + " canCopy=\"no\" and canDelete=\"no\"");
      }
      if (reorder.equals("no") && previous.equals("yes")) {
        throw error(m.line(), m.describe() + " has canReorder=\"no\" but does not follow a code with"
            + " canReorder=\"firstNo\" or \"no\"; a sequence that must keep its order starts with firstNo");
      }
      if (reorder.equals("firstNo")) {
        sequences.add(new ArrayList<>());
      }
      if (!reorder.equals("yes")) {
        sequences.get(sequences.size() - 1).add(key(m));
      }
      previous = reorder;
    }
    if (part.target() != null) {
      kept(part, markers, inTargets);
      List<String> target = new ArrayList<>();
      markers(part.target()).forEach(m -> target.add(key(m)));
      Map<String, Integer> positions = new HashMap<>();
      for (int i = target.size() - 1; i >= 0; i--) {
        positions.put(target.get(i), i);
      }
      sequences.forEach(s -> sequenceKept(part, s, target, positions));
    }
  }

  /** Codes marked canDelete="no" appear in a target of the unit, when this segment has one. */
  private void kept(Xliff20Unit.Part part, List<Xliff20Inline> markers, Set<String> inTargets) {
    for (Xliff20Inline m : markers) {
      if ("no".equals(m.attr("canDelete")) && !inTargets.contains(key(m))) {
        throw error(part.line(), m.describe() + " has canDelete=\"no\" but is missing from the targets of the unit");
      }
    }
  }

  private void sequenceKept(Xliff20Unit.Part part, List<String> sequence, List<String> target,
      Map<String, Integer> positions) {
    Integer start = positions.get(sequence.get(0));
    if (start == null) {
      return; // a missing code is canDelete's concern
    }
    boolean kept = start + sequence.size() <= target.size()
        && target.subList(start, start + sequence.size()).equals(sequence);
    if (!kept) {
      throw error(part.line(), "the codes " + sequence + " may not be reordered (canReorder=\"firstNo\" and"
          + " \"no\"), but the target does not keep them together in that order");
    }
  }

  /** The code elements (ph, pc start and end, sc, ec) of some content, in order. */
  private static List<Xliff20Inline> markers(List<Xliff20Inline> pieces) {
    List<Xliff20Inline> markers = new ArrayList<>();
    for (Xliff20Inline p : pieces) {
      if (List.of("ph", "pc", "sc", "ec").contains(p.name())) {
        markers.add(p);
      }
    }
    return markers;
  }

  /** A marker's canReorder; the end of a pc that starts a sequence continues it. */
  private static String reorder(Xliff20Inline m) {
    String value = m.attr("canReorder", "yes");
    return m.kind() == Xliff20Inline.Kind.END && value.equals("firstNo") ? "no" : value;
  }

  private static String key(Xliff20Inline m) {
    String id = m.attr("id") != null ? m.attr("id") : m.attr("startRef");
    return m.name() + (m.kind() == Xliff20Inline.Kind.END ? "/" : "") + ":" + id;
  }

  private TandemException error(int line, String message) {
    return new TandemException(fileName, line, 0, unit.id, message, null);
  }
}
