package org.tandem.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The two chapters the interop tests add to the sample workspace and have real tools translate: one
 * German, one Turkish, with bold, italic, links (one with {@code &} in its URL), inline code, quotes,
 * {@code &}, ß, İ and ı. For each there is the Markdown a correct translation builds, and the
 * translation of every text run between inline codes ({@code translations.json}), which the tools'
 * drivers use to fill in targets without touching the codes.
 */
enum TestChapter {
  SPRACHCAFE("sprachcafe-im-stadtteil", "de", "tr"),
  MAHALLE_MUTFAGI("mahalle-mutfagi", "tr", "de");

  private final String id;
  private final String sourceLang;
  private final String targetLang;

  TestChapter(String id, String sourceLang, String targetLang) {
    this.id = id;
    this.sourceLang = sourceLang;
    this.targetLang = targetLang;
  }

  /** The chapter id. */
  String id() {
    return id;
  }

  /** The language the chapter is written in. */
  String sourceLang() {
    return sourceLang;
  }

  /** The language it is translated into. */
  String targetLang() {
    return targetLang;
  }

  /** The name {@code tandem export} gives the chapter's XLIFF file. */
  String xliffName() {
    return id + "." + sourceLang + "-" + targetLang + ".xlf";
  }

  /** The chapter's Markdown source (test resource). */
  Path markdown() {
    return resource("chapters/" + sourceLang + "/" + id + ".md");
  }

  /** The translated chapter {@code tandem build} must write once every unit is translated. */
  String expectedBuild() throws IOException {
    return Files.readString(resource("expected/" + targetLang + "/" + id + ".md"));
  }

  /** Translation of each text run of the chapter's sources (the runs between inline codes). */
  @SuppressWarnings("unchecked")
  Map<String, String> leaves() {
    try {
      Map<String, Map<String, String>> all = new ObjectMapper().readValue(translations().toFile(), Map.class);
      return Map.copyOf(all.get(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file with every chapter's text-run translations, keyed by chapter id. */
  static Path translations() {
    return resource("translations.json");
  }

  /** A file among this package's test resources. */
  static Path resource(String name) {
    URL url = TestChapter.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing test resource org/tandem/interop/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
