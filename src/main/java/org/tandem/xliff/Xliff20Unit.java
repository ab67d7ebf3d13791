package org.tandem.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An XLIFF 2 unit as read, before its rules are checked and it becomes an {@link XliffUnit}. */
final class Xliff20Unit {
  /**
   * A note of the unit.
   *
   * @param id its id, or null
   * @param text its text
   */
  record Note(String id, String text) {}

  /**
   * A {@code <segment>} or {@code <ignorable>}.
   *
   * @param segment true for a segment, false for an ignorable
   * @param id its id, or null
   * @param state the segment's state attribute, or null
   * @param subState the segment's subState, or null
   * @param source the source content
   * @param target the target content, or null when there is no {@code <target>}
   * @param order the target's {@code order}, or null
   * @param line the line where it starts
   */
  record Part(boolean segment, String id, String state, String subState, List<Xliff20Inline> source,
      List<Xliff20Inline> target, String order, int line) {}

  final String file;
  final String id;
  final int line;
  boolean preserve;
  final List<Note> notes = new ArrayList<>();
  final Map<String, String> data = new LinkedHashMap<>();
  final List<Part> parts = new ArrayList<>();

  Xliff20Unit(String file, String id, int line) {
    this.file = file;
    this.id = id;
    this.line = line;
  }
}
