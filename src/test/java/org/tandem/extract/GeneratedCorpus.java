package org.tandem.extract;

import org.tandem.io.Utf8;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.tandem.model.Lang;

/**
 * Chapters from the benchmark's seeded corpus generator (bench/src/.../CorpusGenerator.java), compiled
 * here from its source so that tests and benchmarks segment the same kind of text.
 */
public final class GeneratedCorpus {
  private static final Path GENERATOR = Path.of("bench", "src", "org", "tandem", "bench", "CorpusGenerator.java");
  private static Path classes;

  /** One chapter of the corpus. */
  public record Chapter(Path file, Lang lang, String text) {}

  private GeneratedCorpus() {}

  /** Writes {@code chapters} chapters of about {@code sentences} sentences from {@code seed} under {@code dir}. */
  public static List<Chapter> generate(Path dir, int chapters, int sentences, long seed) {
    try {
      Path out = dir.resolve("corpus");
      try (URLClassLoader loader = new URLClassLoader(new URL[] {compiled().toUri().toURL()})) {
        Method main = loader.loadClass("org.tandem.bench.CorpusGenerator").getMethod("main", String[].class);
        main.invoke(null, (Object) new String[] {out.toString(), "" + chapters, "" + sentences, "" + seed});
      }
      try (Stream<Path> files = Files.walk(out)) {
        return files.filter(p -> p.toString().endsWith(".md")).sorted().map(GeneratedCorpus::chapter).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The generator's classes, compiled once per test run. */
  private static synchronized Path compiled() throws IOException {
    if (classes == null) {
      Path dir = Files.createTempDirectory("tandem-corpus-generator");
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      if (javac.run(null, null, null, "-d", dir.toString(), GENERATOR.toString()) != 0) {
        throw new IllegalStateException("cannot compile " + GENERATOR);
      }
      classes = dir;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
    }
    return classes;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover folder in the temporary directory does no harm
    }
  }

  private static Chapter chapter(Path file) {
    Lang lang = file.getParent().getFileName().toString().equals("tr") ? Lang.TR : Lang.DE;
    return new Chapter(file, lang, Utf8.read(file, file.toString()));
  }
}
