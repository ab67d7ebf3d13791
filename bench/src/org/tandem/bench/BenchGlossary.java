package org.tandem.bench;

import java.nio.file.Path;
import org.tandem.terms.GlossaryFiles;

/**
 * Writes the benchmark workspace's glossary: {@code N} generated concepts (see {@link CheckBenchData},
 * seed 42), so that {@code tandem check} looks every word of the corpus up in a glossary of a
 * publication's size.
 *
 * <pre>java … org.tandem.bench.BenchGlossary FILE N</pre>
 */
public final class BenchGlossary {
  private BenchGlossary() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int concepts = Integer.parseInt(args[1]);
    GlossaryFiles.write(new CheckBenchData(42L).glossary(concepts), file, GlossaryFiles.forName(file));
  }
}
