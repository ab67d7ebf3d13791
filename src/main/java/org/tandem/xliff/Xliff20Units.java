package org.tandem.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.State;
import org.tandem.model.Text;

/**
 * Turns a checked XLIFF 2 unit into an {@link XliffUnit}: the sources of its segments and
 * ignorables joined in document order, the targets joined in their {@code order}, codes with the
 * data their {@code dataRef}s name, and the state of its least advanced segment.
 *
 * <p>Code numbers: an id tandem wrote ({@code 3}, or {@code 3_2} for a second element of code 3)
 * gives its number back; any other id (from another tool) gets a number of its own from 1,000,000
 * up, the same in source and target, so codes still pair up. {@code <pc>} gives an opening and a
 * closing code, {@code <sc>}/{@code <ec>} one each (an {@code <ec>} takes its {@code <sc>}'s number),
 * {@code <ph>} a standalone code; {@code <mrk>}, {@code <sm>} and {@code <em>} only annotate, so
 * their text is kept and the markers dropped.
 */
final class Xliff20Units {
  private static final Pattern OURS = Pattern.compile("([1-9][0-9]{0,5})(?:_[0-9]+)?");
  private static final int FOREIGN = 1_000_000;

  private final Xliff20Unit unit;
  private final Map<String, Integer> numbers = new HashMap<>();

  private Xliff20Units(Xliff20Unit unit) {
    this.unit = unit;
  }

  /** The unit as tandem sees it. */
  static XliffUnit toXliffUnit(Xliff20Unit unit) {
    return new Xliff20Units(unit).convert();
  }

  private XliffUnit convert() {
    List<Piece> source = new ArrayList<>();
    for (Xliff20Unit.Part part : unit.parts) {
      source.addAll(content(part.source()).pieces());
    }
    Content target = target();
    State state = null;
    String rawState = null;
    for (Xliff20Unit.Part part : unit.parts) {
      if (part.segment()) {
        boolean filled = part.target() != null && XliffUnit.isFilled(content(part.target()));
        State s = Xliff20States.fromXliff(part.state(), part.subState(), filled);
        state = state == null ? s : Xliff20States.lower(state, s);
        rawState = rawState == null ? part.state() : rawState;
      }
    }
    List<String> notes = unit.notes.stream().map(Xliff20Unit.Note::text).toList();
    return new XliffUnit(unit.id, new Content(source), target, state, notes, rawState, unit.preserve);
  }

  /** The targets in their order; an ignorable without target keeps its source; null when no part has a target. */
  private Content target() {
    int n = unit.parts.size();
    List<List<Xliff20Inline>> placed = new ArrayList<>(java.util.Collections.nCopies(n, null));
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Xliff20Unit.Part part = unit.parts.get(i);
      if (part.target() != null) {
        int order = part.order() == null ? i : Integer.parseInt(part.order().replaceFirst("^0+", "")) - 1;
        placed.set(order, part.target());
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Xliff20Unit.Part natural = unit.parts.get(i);
      List<Xliff20Inline> here = placed.get(i) != null ? placed.get(i)
          : !natural.segment() && natural.target() == null ? natural.source() : List.of();
      pieces.addAll(content(here).pieces());
    }
    return new Content(pieces);
  }

  private Content content(List<Xliff20Inline> inline) {
    List<Piece> pieces = new ArrayList<>();
    for (Xliff20Inline p : inline) {
      switch (p.kind()) {
        case TEXT -> pieces.add(new Text(p.text()));
        case START -> code(p, CodeKind.OPEN, "dataRefStart", pieces);
        case END -> code(p, CodeKind.CLOSE, "dataRefEnd", pieces);
        case EMPTY -> empty(p, pieces);
      }
    }
    return new Content(pieces);
  }

  private void empty(Xliff20Inline p, List<Piece> pieces) {
    switch (p.name()) {
      case "ph" -> code(p, CodeKind.PLACEHOLDER, "dataRef", pieces);
      case "sc" -> code(p, CodeKind.OPEN, "dataRef", pieces);
      case "ec" -> code(p, CodeKind.CLOSE, "dataRef", pieces);
      default -> { } // sm, em: annotation markers
    }
  }

  private void code(Xliff20Inline p, CodeKind kind, String dataAttribute, List<Piece> pieces) {
    if (p.name().equals("mrk")) {
      return;
    }
    String id = p.attr("id") != null ? p.attr("id") : p.attr("startRef");
    String dataRef = p.attr(dataAttribute);
    String data = dataRef == null ? "" : unit.data.getOrDefault(dataRef, "");
    String type = Xliff20CodeTypes.type(p.attr("type"), p.attr("subType"));
    pieces.add(new Code(number(id), kind, type, data));
  }

  private int number(String id) {
    return numbers.computeIfAbsent(id, key -> {
      Matcher ours = OURS.matcher(key);
      return ours.matches() ? Integer.parseInt(ours.group(1)) : FOREIGN + numbers.size();
    });
  }
}
