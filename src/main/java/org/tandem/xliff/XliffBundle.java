package org.tandem.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Any XLIFF 1.2 or 2.x file as read, whatever its languages and however many {@code <file>}s it has:
 * what {@code check} needs for files that did not come from a workspace.
 *
 * @param name the file's name as given, for messages
 * @param version the XLIFF version it declares
 * @param files its {@code <file>} elements in document order, each with its units
 */
public record XliffBundle(String name, XliffVersion version, List<Part> files) {
  public XliffBundle {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    files = List.copyOf(files);
  }

  /**
   * One {@code <file>} and its units.
   *
   * @param info what the {@code <file>} element says (languages, original, chapter)
   * @param units the units in document order
   * @param lines the line where each unit starts, parallel to {@code units}
   */
  public record Part(XliffFileInfo info, List<XliffUnit> units, List<Integer> lines) {
    public Part {
      Objects.requireNonNull(info, "info");
      units = List.copyOf(units);
      lines = List.copyOf(lines);
      if (units.size() != lines.size()) {
        throw new IllegalArgumentException("one line per unit");
      }
    }
  }

  /** Every unit of every {@code <file>}, in document order. */
  public List<XliffUnit> units() {
    List<XliffUnit> all = new ArrayList<>();
    files.forEach(part -> all.addAll(part.units()));
    return all;
  }

  /** The source language as written in the first {@code <file>} (XLIFF 2: the document's). */
  public String sourceLanguage() {
    return files.isEmpty() ? null : files.get(0).info().sourceLanguage();
  }

  /** The target language as written in the first {@code <file>}, or null when none is named. */
  public String targetLanguage() {
    return files.isEmpty() ? null : files.get(0).info().targetLanguage();
  }

  /** Collects what a reader reports into a bundle. */
  static final class Collector implements XliffHandler {
    private final List<Part> parts = new ArrayList<>();
    private XliffFileInfo info;
    private List<XliffUnit> units;
    private List<Integer> lines;

    @Override
    public void file(XliffFileInfo file) {
      flush();
      info = file;
      units = new ArrayList<>();
      lines = new ArrayList<>();
    }

    @Override
    public void unit(XliffUnit unit, int line) {
      units.add(unit);
      lines.add(line);
    }

    private void flush() {
      if (info != null) {
        parts.add(new Part(info, units, lines));
      }
    }

    /** The bundle, once the reader is done. */
    XliffBundle bundle(String name, XliffVersion version) {
      flush();
      info = null;
      return new XliffBundle(name, version, parts);
    }
  }
}
