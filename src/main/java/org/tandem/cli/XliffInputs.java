package org.tandem.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tandem.check.ChapterSegments;
import org.tandem.check.SourceLines;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.TandemException;
import org.tandem.xliff.LenientXliffReader;
import org.tandem.xliff.XliffBundle;
import org.tandem.xliff.XliffFileInfo;
import org.tandem.xliff.XliffUnit;

/**
 * XLIFF files (1.0 to 2.x, from any tool) checked on their own, outside a workspace: each {@code <file>}
 * element is a chapter, named after the file (and the {@code original} when a file has several), whose
 * units are its segments; findings point at the unit's line in the file.
 */
final class XliffInputs implements SourceLines {
  private final List<ChapterSegments> chapters = new ArrayList<>();
  private final Map<String, Map<String, Integer>> lines = new HashMap<>();

  /** Reads the files; a file that is not XLIFF, or not German–Turkish, is a {@link TandemException}. */
  XliffInputs(List<Path> files) {
    Set<String> ids = new HashSet<>();
    for (Path file : files) {
      XliffBundle bundle = LenientXliffReader.read(file);
      String base = baseId(file);
      for (XliffBundle.Part part : bundle.files()) {
        Lang source = sourceLang(file, part.info());
        String id = uniqueId(bundle.files().size() == 1 ? base : base + "-" + originalName(part.info()), ids);
        Chapter chapter = new Chapter(id, file.toString().replace('\\', '/'), source);
        List<Segment> segments = new ArrayList<>();
        Map<String, Integer> unitLines = new HashMap<>();
        for (int i = 0; i < part.units().size(); i++) {
          XliffUnit unit = part.units().get(i);
          String key = unitKey(unit.id(), unitLines.keySet());
          segments.add(segment(key, unit));
          unitLines.put(key, part.lines().get(i));
        }
        chapters.add(new ChapterSegments(chapter, segments));
        lines.put(id, unitLines);
      }
    }
  }

  /** The source language of a {@code <file>}, when it and the target are German and Turkish. */
  private static Lang sourceLang(Path file, XliffFileInfo info) {
    String source = primary(info.sourceLanguage());
    String target = info.targetLanguage() == null ? null : primary(info.targetLanguage());
    boolean pair = (source.equals("de") || source.equals("tr")) && (target == null || !target.equals(source)
        && (target.equals("de") || target.equals("tr")));
    if (source.isEmpty()) {
      throw new TandemException(file.toString(), info.line(), 0, null, "this file names no source language "
          + "(source-language in XLIFF 1, srcLang in XLIFF 2): tandem checks German–Turkish translations only", null);
    }
    if (!pair) {
      throw new TandemException(file.toString(), info.line(), 0, null, "this file is in " + info.sourceLanguage()
          + " → " + info.targetLanguage() + ": tandem checks German–Turkish translations only (source and "
          + "target language de and tr, either way round)", null);
    }
    return Lang.parse(source);
  }

  private static String primary(String tag) {
    if (tag == null || tag.isBlank()) {
      return "";
    }
    String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return switch (primary) { // memoQ writes three-letter codes
      case "ger", "deu" -> "de";
      case "tur" -> "tr";
      default -> primary;
    };
  }

  /** A unit id made unique within its chapter (the same id in two groups): s1, s1#2. */
  private static String unitKey(String id, Set<String> taken) {
    String key = id;
    for (int n = 2; taken.contains(key); n++) {
      key = id + "#" + n;
    }
    return key;
  }

  private static String originalName(XliffFileInfo info) {
    String original = info.original().isEmpty() ? (info.id() == null ? "file" : info.id()) : info.original();
    String name = original.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** True when an argument names an XLIFF file rather than a chapter id. */
  static boolean isFile(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlf") || lower.endsWith(".xliff") || lower.endsWith(".sdlxliff")
        || lower.endsWith(".mqxliff") || lower.contains("/") || lower.contains("\\")
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
   * leaves {@code new} on what it translated), unless it is an unchanged copy of the source that its
   * state calls untranslated; other copies are the target-copied rule's to judge.
   */
  private static Segment segment(String key, XliffUnit unit) {
    Content target = unit.target();
    boolean untranslated = !unit.hasTarget() || target.equals(unit.source()) && isUntranslatedState(unit.rawState());
    if (untranslated) {
      return new Segment(key, 1, unit.source(), null, State.NEW);
    }
    State state = unit.state().isDone() ? unit.state() : State.TRANSLATED;
    return new Segment(key, 1, unit.source(), target, state);
  }

  private static boolean isUntranslatedState(String raw) {
    return raw != null && (raw.equals("new") || raw.equals("needs-translation") || raw.equals("initial"));
  }

  /** A chapter id from the file name: lower case, letters, digits, '.', '_' and '-' only. */
  private static String baseId(Path file) {
    return sanitised(file.getFileName().toString().replaceAll("(?i)\\.(xlf|xliff|sdlxliff|mqxliff)$", ""));
  }

  private static String sanitised(String name) {
    String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
    return id.isEmpty() ? "file" : id;
  }

  private static String uniqueId(String wanted, Set<String> taken) {
    String base = sanitised(wanted);
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
