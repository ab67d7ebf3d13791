package org.tandem.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.check.ChapterSegments;
import org.tandem.check.SourceLines;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.xliff.XliffFiles;
import org.tandem.xliff.XliffDocument;
import org.tandem.xliff.XliffUnit;

/**
 * XLIFF files (1.2 or 2.x) checked on their own, outside a workspace: each file is a chapter (named after the
 * file) whose units are its segments, and findings point at the unit's line in the file.
 */
final class XliffInputs implements SourceLines {
  private static final Pattern UNIT = Pattern.compile(
      "<(?:[\\w.-]+:)?(?:trans-unit|unit)\\b[^>]*?\\bid\\s*=\\s*[\"']([^\"']*)[\"']");

  private final List<ChapterSegments> chapters = new ArrayList<>();
  private final Map<String, Map<String, Integer>> lines = new HashMap<>();

  /** Reads the files; a file that is not valid XLIFF is a {@link org.tandem.model.TandemException}. */
  XliffInputs(List<Path> files) {
    Set<String> ids = new HashSet<>();
    for (Path file : files) {
      XliffDocument doc = XliffFiles.read(file);
      String id = uniqueId(file, ids);
      Chapter chapter = new Chapter(id, file.toString().replace('\\', '/'), doc.sourceLang());
      chapters.add(new ChapterSegments(chapter, doc.units().stream().map(XliffInputs::segment).toList()));
      lines.put(id, unitLines(file));
    }
  }

  /** True when an argument names an XLIFF file rather than a chapter id. */
  static boolean isFile(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlf") || lower.endsWith(".xliff") || lower.contains("/") || lower.contains("\\")
        || Files.isRegularFile(Path.of(arg));
  }

  /** The files as chapters. */
  List<ChapterSegments> chapters() {
    return chapters;
  }

  @Override
  public int line(String chapter, String unit) {
    return lines.getOrDefault(chapter, Map.of()).getOrDefault(unit, 0);
  }

  /**
   * A unit as a segment. A filled target counts as a translation whatever its state says (OmegaT
   * leaves {@code new} on what it translated), unless it is an unchanged copy of the source.
   */
  private static Segment segment(XliffUnit unit) {
    Content target = unit.target();
    boolean translated = unit.hasTarget() && !target.equals(unit.source());
    if (!translated) {
      return new Segment(unit.id(), 1, unit.source(), null, State.NEW);
    }
    State state = unit.state().isDone() ? unit.state() : State.TRANSLATED;
    return new Segment(unit.id(), 1, unit.source(), target, state);
  }

  /** A chapter id from the file name: lower case, letters, digits, '.', '_' and '-' only. */
  private static String uniqueId(Path file, Set<String> taken) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT)
        .replaceAll("\\.(xlf|xliff)$", "").replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
    String base = name.isEmpty() ? "file" : name;
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static Map<String, Integer> unitLines(Path file) {
    Map<String, Integer> result = new HashMap<>();
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      return result;
    }
    Matcher m = UNIT.matcher(text);
    int line = 1;
    int at = 0;
    while (m.find()) {
      for (; at < m.start(); at++) {
        line += text.charAt(at) == '\n' ? 1 : 0;
      }
      result.putIfAbsent(m.group(1), line);
    }
    return result;
  }
}
