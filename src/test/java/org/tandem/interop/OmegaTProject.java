package org.tandem.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An OmegaT project folder: {@code omegat.project} (from the template in the test resources),
 * {@code source/} for the files to translate, {@code target/} where OmegaT writes them translated,
 * and {@code tm/auto/} whose TMX exact matches OmegaT inserts on its own.
 *
 * @param dir the project folder
 */
record OmegaTProject(Path dir) {
  private static final Map<String, String> TOKENIZERS = Map.of(
      "de", "org.omegat.tokenizer.LuceneGermanTokenizer",
      "tr", "org.omegat.tokenizer.LuceneTurkishTokenizer");

  /** Creates the project in {@code dir} for translating {@code sourceLang} into {@code targetLang}. */
  static OmegaTProject create(Path dir, String sourceLang, String targetLang) throws IOException {
    for (String sub : new String[] {"source", "target", "tm/auto", "omegat", "glossary", "dictionary"}) {
      Files.createDirectories(dir.resolve(sub));
    }
    String settings = Files.readString(TestChapter.resource("omegat/omegat.project"))
        .replace("${source_lang}", sourceLang)
        .replace("${target_lang}", targetLang)
        .replace("${source_tok}", TOKENIZERS.get(sourceLang))
        .replace("${target_tok}", TOKENIZERS.get(targetLang));
    Files.writeString(dir.resolve("omegat.project"), settings);
    return new OmegaTProject(dir);
  }

  /** The folder of files to translate. */
  Path source() {
    return dir.resolve("source");
  }

  /** The folder OmegaT writes translated files into. */
  Path target() {
    return dir.resolve("target");
  }

  /** The folder of translation memories whose exact matches OmegaT applies by itself. */
  Path tmAuto() {
    return dir.resolve("tm/auto");
  }
}
