package org.tandem.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

/**
 * Which files {@code tandem add} registers as chapters and which it aligns with them as their
 * existing translations: one given with {@code --translation}, or with {@code --pair-folders} the
 * file of the same name in the sibling folder of the other language ({@code de/x.md} and
 * {@code tr/x.md}).
 *
 * @param chapters the files to register, in the order given
 * @param translations each chapter file's translation, where it has one
 * @param skipped translations without an original, with why they were not added
 */
public record TranslationPairs(List<Path> chapters, Map<Path, Path> translations, List<String> skipped) {
  /**
   * Pairs the files.
   *
   * @param lang the language of the chapters (required with {@code pairFolders})
   * @param translation the translation of the single file given, or null
   */
  public static TranslationPairs of(List<Path> files, Lang lang, Path translation, boolean pairFolders) {
    Map<Path, Path> translations = new LinkedHashMap<>();
    if (translation != null) {
      if (files.size() != 1) {
        throw new TandemException("--translation goes with a single chapter file; use --pair-folders for folders");
      }
      translations.put(files.get(0), translation);
      return new TranslationPairs(files, translations, List.of());
    }
    if (!pairFolders) {
      return new TranslationPairs(files, translations, List.of());
    }
    if (lang == null) {
      throw new TandemException("--pair-folders needs --lang de or --lang tr: the language of the originals");
    }
    List<Path> chapters = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Path file : files) {
      String folder = folder(file);
      if (folder.equals(lang.other().code())) {
        if (!Files.isRegularFile(sibling(file, lang))) {
          skipped.add(file + ": no " + lang.code() + "/" + file.getFileName() + " to pair it with; not added"
              + " (add it on its own with --lang " + lang.other().code() + ")");
        }
        continue;
      }
      chapters.add(file);
      Path other = sibling(file, lang.other());
      if (folder.equals(lang.code()) && Files.isRegularFile(other)) {
        translations.put(file, other);
      }
    }
    return new TranslationPairs(chapters, translations, skipped);
  }

  private static String folder(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
  }

  /** The file of the same name in the sibling folder named for {@code lang}. */
  private static Path sibling(Path file, Lang lang) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent.resolveSibling(lang.code()).resolve(file.getFileName().toString());
  }
}
