package org.tandem.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.model.TandemException;

/**
 * The standard's rules on the inline elements of one side (all sources, or all targets) of a unit:
 * references to original data resolve, {@code copyOf} names a copyable code, every {@code <ec>}
 * follows its {@code <sc>} (or is isolated, with an id and no startRef), a paired start and end
 * code agree on their editing hints, every {@code <sm>} has its {@code <em>}, and comment
 * annotations carry either a value or a reference to one of the unit's notes.
 */
final class Xliff20CodeRules {
  private static final List<String> HINTS = List.of("canCopy", "canDelete", "canReorder", "canOverlap");

  private final Xliff20Unit unit;
  private final String file;
  private final String side;
  /** The first code element (ph, pc, sc, ec) with each id, for copyOf. */
  private final Map<String, Xliff20Inline> codesById = new HashMap<>();

  private Xliff20CodeRules(Xliff20Unit unit, String side) {
    this.unit = unit;
    this.file = unit.file;
    this.side = side;
  }

  /** Checks one side's pieces, in document order; {@code all} holds both sides, for copyOf. */
  static void check(Xliff20Unit unit, String side, List<Xliff20Inline> pieces, List<Xliff20Inline> all,
      String fileName) {
    new Xliff20CodeRules(unit, side).run(pieces, all, fileName);
  }

  private void run(List<Xliff20Inline> pieces, List<Xliff20Inline> all, String fileName) {
    for (Xliff20Inline p : all) {
      if (p.hasId() && List.of("ph", "pc", "sc", "ec").contains(p.name())) {
        codesById.putIfAbsent(p.attr("id"), p);
      }
    }
    Map<String, Xliff20Inline> openCodes = new LinkedHashMap<>();
    Map<String, Xliff20Inline> openMarkers = new LinkedHashMap<>();
    Map<String, Xliff20Inline> isolated = new HashMap<>();
    for (Xliff20Inline p : pieces) {
      if (p.kind() == Xliff20Inline.Kind.TEXT || p.kind() == Xliff20Inline.Kind.END) {
        continue;
      }
      dataRefs(p, fileName);
      copyOf(p, fileName);
      switch (p.name()) {
        case "sc" -> startCode(p, openCodes, isolated, fileName);
        case "ec" -> endCode(p, openCodes, isolated, fileName);
        case "sm" -> openMarkers.put(p.attr("id"), p);
        case "em" -> {
          if (openMarkers.remove(p.attr("startRef")) == null) {
            throw error(p, fileName, "the <em startRef=\"" + p.attr("startRef") + "\"> has no <sm> before it in the "
                + side + "; an end marker must follow its start marker in the same unit");
          }
        }
        default -> { }
      }
      if (p.name().equals("mrk") || p.name().equals("sm")) {
        annotation(p, fileName);
      }
    }
    unclosed(openCodes, "<ec startRef=", "an <sc> without isolated=\"yes\" must be ended by an <ec> in the same unit", fileName);
    unclosed(openMarkers, "<em startRef=", "an <sm> must be ended by an <em> in the same unit", fileName);
  }

  private void unclosed(Map<String, Xliff20Inline> open, String end, String rule, String fileName) {
    for (Xliff20Inline p : open.values()) {
      throw error(p, fileName, p.describe() + " has no " + end + "\"" + p.attr("id") + "\"> after it in the "
          + side + "; " + rule);
    }
  }

  private void dataRefs(Xliff20Inline p, String fileName) {
    for (String ref : List.of("dataRef", "dataRefStart", "dataRefEnd")) {
      String id = p.attr(ref);
      if (id != null && !unit.data.containsKey(id)) {
        throw error(p, fileName, ref + "=\"" + id + "\" on " + p.describe() + " names no <data> in the unit's"
            + " <originalData>");
      }
    }
  }

  private void copyOf(Xliff20Inline p, String fileName) {
    String base = p.attr("copyOf");
    if (base == null) {
      return;
    }
    if (p.attr("dataRef") != null || p.attr("dataRefStart") != null || p.attr("dataRefEnd") != null) {
      throw error(p, fileName, p.describe() + " has copyOf and also refers to original data; a copy takes its"
          + " data from the code it copies");
    }
    Xliff20Inline original = codesById.get(base);
    if (original == null) {
      throw error(p, fileName, "copyOf=\"" + base + "\" on " + p.describe() + " names no code of the unit");
    }
    if ("no".equals(original.attr("canCopy"))) {
      throw error(p, fileName, p.describe() + " copies " + original.describe() + ", which has canCopy=\"no\"");
    }
  }

  private void startCode(Xliff20Inline sc, Map<String, Xliff20Inline> open, Map<String, Xliff20Inline> isolated,
      String fileName) {
    if ("yes".equals(sc.attr("isolated"))) {
      isolated.put(sc.attr("id"), sc);
    } else {
      open.put(sc.attr("id"), sc);
    }
  }

  private void endCode(Xliff20Inline ec, Map<String, Xliff20Inline> open, Map<String, Xliff20Inline> isolated,
      String fileName) {
    String startRef = ec.attr("startRef");
    if ("yes".equals(ec.attr("isolated"))) {
      if (startRef != null || ec.attr("id") == null) {
        throw error(ec, fileName, "an isolated <ec> names itself with an id and has no startRef");
      }
      return;
    }
    if (startRef == null) {
      throw error(ec, fileName, ec.describe() + " has no startRef; an <ec> refers to its <sc> by startRef,"
          + " or is marked isolated=\"yes\" with an id when its start is in another unit");
    }
    if (ec.attr("id") != null) {
      throw error(ec, fileName, "<ec startRef=\"" + startRef + "\" id=\"" + ec.attr("id")
          + "\"> has both an id and a startRef; only an isolated <ec> has an id");
    }
    Xliff20Inline sc = open.remove(startRef);
    if (sc == null) {
      String why = isolated.containsKey(startRef) ? "its <sc> is marked isolated=\"yes\", so no <ec> may refer to it"
          : "there is no <sc id=\"" + startRef + "\"> before it in the " + side + "; an end code must follow its start code";
      throw error(ec, fileName, "<ec startRef=\"" + startRef + "\">: " + why);
    }
    for (String hint : HINTS) {
      String expected = sc.attr(hint, "yes").equals("firstNo") ? "no" : sc.attr(hint, "yes");
      if (!ec.attr(hint, "yes").equals(expected)) {
        throw error(ec, fileName, hint + " of <ec startRef=\"" + startRef + "\"> is \"" + ec.attr(hint, "yes")
            + "\" but must be \"" + expected + "\" to match its <sc>");
      }
    }
  }

  private void annotation(Xliff20Inline m, String fileName) {
    String ref = m.attr("ref");
    if (ref != null && ref.startsWith("#")) {
      String problem = Xliff20FragmentIds.problem(ref.substring(1));
      if (problem != null) {
        throw error(m, fileName, "ref=\"" + ref + "\" on " + m.describe() + " is not a valid fragment identifier: " + problem);
      }
    }
    if (!"comment".equals(m.attr("type"))) {
      return;
    }
    String value = m.attr("value");
    if ((value == null) == (ref == null)) {
      throw error(m, fileName, "the comment annotation " + m.describe() + " needs either a value (the comment)"
          + " or a ref to a note of the unit, " + (value == null ? "and has neither" : "not both"));
    }
    String note = ref == null ? null : ref.startsWith("#") ? Xliff20FragmentIds.unitNote(ref.substring(1), file, unit.id) : null;
    if (ref != null && (note == null || unit.notes.stream().noneMatch(n -> note.equals(n.id())))) {
      throw error(m, fileName, "the comment annotation " + m.describe() + " refers to '" + ref
          + "', which is not a note of this unit (write #n=NOTE_ID)");
    }
  }

  private TandemException error(Xliff20Inline at, String fileName, String message) {
    return new TandemException(fileName, at.line(), 0, unit.id, message, null);
  }

  /** All pieces of one side of a unit, in document order. */
  static List<Xliff20Inline> side(Xliff20Unit unit, boolean target) {
    List<Xliff20Inline> all = new ArrayList<>();
    for (Xliff20Unit.Part part : unit.parts) {
      List<Xliff20Inline> pieces = target ? part.target() : part.source();
      if (pieces != null) {
        all.addAll(pieces);
      }
    }
    return all;
  }
}
