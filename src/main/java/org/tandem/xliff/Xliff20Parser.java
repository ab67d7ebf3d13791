package org.tandem.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Walks one XLIFF 2 document from its root (checked by {@link XliffRoot}): the {@code <file>}s, their
 * skeleton, extensions, notes, groups (without recursion, so deep nesting cannot exhaust the stack)
 * and units, which go to an {@link XliffHandler} one by one as they are read and checked. Everything
 * the core defines is checked against the standard's rules, so a broken file is refused with a
 * message naming the rule rather than half understood; extensions and modules are skipped.
 */
final class Xliff20Parser {
  private final XmlCursor cursor;
  private final XliffHandler handler;
  private final Set<String> fileIds = new HashSet<>();

  /** One open file or group: what it passes on, how far its children got, its extension ids. */
  private static final class Level {
    final Xliff20UnitReader.Scope scope;
    final boolean file;
    int stage; // 0 skeleton, 1 extensions, 2 notes, 3 units and groups
    final Set<String> extensionIds = new HashSet<>();

    Level(Xliff20UnitReader.Scope scope, boolean file) {
      this.scope = scope;
      this.file = file;
    }
  }

  /** What one file holds that its units refer to. */
  private static final class FileState {
    final Set<String> groups = new HashSet<>();
    final Map<String, Integer> units = new HashMap<>();
    final List<String[]> subFlows = new ArrayList<>(); // unit, referenced unit, line
    int units() {
      return units.size();
    }
  }

  Xliff20Parser(XmlCursor cursor, XliffHandler handler) {
    this.cursor = cursor;
    this.handler = handler;
  }

  /** Checks the current element's attributes against the standard. */
  static void checkAttributes(XmlCursor cursor, String unit) {
    String bad = Xliff20Attributes.problem(cursor.xml(), cursor.namespace());
    if (bad != null) {
      throw cursor.error(unit, bad);
    }
  }

  /** Reads the document from its root to its very end. */
  void parse() throws XMLStreamException {
    checkAttributes(cursor, null);
    String srcLang = cursor.attr("srcLang");
    String trgLang = cursor.attr("trgLang");
    Xliff20UnitReader.Scope root = new Xliff20UnitReader.Scope(null, srcLang, trgLang, null, "default").enter(cursor);
    boolean sawFile = false;
    while (cursor.nextChildOnly(null, "xliff")) {
      if (!cursor.isXliff("file")) {
        throw cursor.error(null, "<" + cursor.qualifiedName() + "> may not stand inside <xliff>; only <file>");
      }
      readFile(root);
      sawFile = true;
    }
    if (!sawFile) {
      throw cursor.error(null, "the XLIFF file contains no <file> element, so no translations");
    }
    while (cursor.next() != XMLStreamConstants.END_DOCUMENT) {
      // only comments and whitespace may follow; the parser refuses anything else
    }
  }

  private void readFile(Xliff20UnitReader.Scope root) throws XMLStreamException {
    checkAttributes(cursor, null);
    String id = cursor.attr("id");
    if (!fileIds.add(id)) {
      throw cursor.error(null, "two <file> elements have the id '" + id + "'; file ids must be unique");
    }
    int line = cursor.line();
    String original = cursor.attr("original");
    handler.file(new XliffFileInfo(XliffVersion.V2_0, id, original == null ? "" : original, id,
        root.srcLang(), root.trgLang(), line));
    Xliff20UnitReader.Scope scope = new Xliff20UnitReader.Scope(id, root.srcLang(), root.trgLang(),
        root.lang(), root.space()).enter(cursor);
    FileState state = new FileState();
    readLevels(new Level(scope, true), state);
    if (state.units() == 0 && state.groups.isEmpty()) {
      throw cursor.errorAt(line, null, "the <file> holds no <unit> or <group>; it must hold at least one");
    }
    for (String[] ref : state.subFlows) {
      if (!state.units.containsKey(ref[1])) {
        throw cursor.errorAt(Integer.parseInt(ref[2]), ref[0], "a code's sub-flow names the unit '" + ref[1]
            + "', which is not in this <file>");
      }
    }
  }

  /** Reads a file and its groups, level by level, with an explicit stack. */
  private void readLevels(Level file, FileState state) throws XMLStreamException {
    Deque<Level> levels = new ArrayDeque<>();
    levels.push(file);
    while (!levels.isEmpty()) {
      Level level = levels.peek();
      if (!cursor.nextChildOnly(null, level.file ? "file" : "group")) {
        levels.pop();
      } else if (Xliff20Extensions.isExtension(cursor)) {
        stage(level, 1, "extension elements");
        level.stage = Math.max(level.stage, 1);
        Xliff20Extensions.skip(cursor, null, level.extensionIds);
      } else if (cursor.isXliff("skeleton") && level.file) {
        stage(level, 0, "<skeleton>");
        level.stage = 1;
        skeleton();
      } else if (cursor.isXliff("notes")) {
        stage(level, 2, "<notes>");
        level.stage = 3;
        Xliff20Notes.read(cursor, null);
      } else if (cursor.isXliff("group")) {
        level.stage = 3;
        levels.push(group(level, state));
      } else if (cursor.isXliff("unit")) {
        level.stage = 3;
        unit(level, state);
      } else {
        throw cursor.error(null, "<" + cursor.qualifiedName() + "> may not stand inside <"
            + (level.file ? "file" : "group") + ">");
      }
    }
  }

  private void stage(Level level, int own, String what) {
    boolean late = own == 1 ? level.stage > 1 : level.stage > own || (own == 0 && level.stage > 0);
    if (late) {
      throw cursor.error(null, what + " must come before " + (own < 2 ? "<notes>, " : "") + "units and groups,"
          + " in the order: skeleton, extensions, notes, then units and groups");
    }
  }

  private void skeleton() throws XMLStreamException {
    checkAttributes(cursor, null);
    boolean href = cursor.attr("href") != null;
    boolean content = false;
    int depth = 1;
    while (depth > 0) {
      int event = cursor.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (cursor.isXliff()) {
          throw cursor.error(null, "<skeleton> may hold only text and other namespaces' elements");
        }
        depth++;
        content = true;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (XmlCursor.isText(event)) {
        content |= !cursor.xml().getText().isEmpty();
      }
    }
    if (href == content) {
      throw cursor.error(null, href ? "a <skeleton> with href must be empty (the skeleton is in the file it names)"
          : "an empty <skeleton> must name its file with href");
    }
  }

  private Level group(Level parent, FileState state) {
    checkAttributes(cursor, null);
    String id = cursor.attr("id");
    if (!state.groups.add(id)) {
      throw cursor.error(null, "two groups have the id '" + id + "'; group ids must be unique in a file");
    }
    Level group = new Level(parent.scope.enter(cursor), false);
    group.stage = 1;
    return group;
  }

  private void unit(Level parent, FileState state) throws XMLStreamException {
    String id = cursor.attr("id");
    checkAttributes(cursor, id);
    int line = cursor.line();
    Integer first = state.units.putIfAbsent(id, line);
    if (first != null) {
      throw cursor.error(id, "the unit appears twice (first at line " + first + "); each unit may appear once");
    }
    Xliff20Unit unit = Xliff20UnitReader.read(cursor, id, parent.scope);
    Xliff20UnitRules.check(unit, cursor.file());
    subFlows(unit, state);
    handler.unit(Xliff20Units.toXliffUnit(unit), line);
  }

  private static void subFlows(Xliff20Unit unit, FileState state) {
    List<Xliff20Inline> all = new ArrayList<>(Xliff20CodeRules.side(unit, false));
    all.addAll(Xliff20CodeRules.side(unit, true));
    for (Xliff20Inline p : all) {
      for (String attribute : List.of("subFlows", "subFlowsStart", "subFlowsEnd")) {
        String value = p.kind() == Xliff20Inline.Kind.END ? null : p.attr(attribute);
        if (value != null) {
          for (String ref : value.strip().split("\\s+")) {
            state.subFlows.add(new String[] {unit.id, ref, Integer.toString(p.line())});
          }
        }
      }
    }
  }

}
