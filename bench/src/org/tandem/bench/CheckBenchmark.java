package org.tandem.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.tandem.check.ChapterSegments;
import org.tandem.check.CheckContext;
import org.tandem.check.CheckResult;
import org.tandem.check.Checker;
import org.tandem.terms.Glossary;

/**
 * Speed of {@code tandem check} (every rule, both directions) over generated segment pairs, for a
 * glossary of a given size: {@code CheckBenchmark CONCEPTS PAIRS [ROUNDS] [--text-from-all]}.
 *
 * <p>The glossaries are nested: the one of N concepts is the first N of one generated glossary
 * of 100,000, and the text is the same for every size: its terms come from the first 1,000
 * concepts, which every glossary has. So only the size of the glossary changes between runs, as
 * the question "does speed depend on glossary size?" needs. With {@code --text-from-all} the
 * text's terms come from the whole glossary instead (a text that uses 100,000 different concepts,
 * whose vocabulary grows with the glossary).
 *
 * <p>Prints the time to build the term index and the segment pairs per second of the best of a
 * few rounds, after a
 * warm-up round, in CPU time of the checking thread (the machine may be busy with other work; wall
 * time is printed beside it). One thread; run it with {@code -XX:+UseSerialGC} to keep to one core.
 */
public final class CheckBenchmark {
  private CheckBenchmark() {}

  /** Runs the benchmark and prints one line of results. */
  public static void main(String[] args) {
    int concepts = Integer.parseInt(args[0]);
    int pairs = Integer.parseInt(args[1]);
    int rounds = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 3;
    boolean textFromAll = List.of(args).contains("--text-from-all");
    CheckBenchData data = new CheckBenchData(42);
    Glossary all = data.glossary(Math.max(concepts, 100_000));
    Glossary glossary = new Glossary(all.concepts().subList(0, concepts));
    Glossary used = textFromAll ? glossary : new Glossary(all.concepts().subList(0, 1000));
    List<ChapterSegments> chapters = data.chapters(used, pairs);
    long t0 = System.nanoTime();
    CheckContext.TermMatchers matchers = CheckContext.TermMatchers.of(glossary);
    double indexSeconds = (System.nanoTime() - t0) / 1e9;
    Checker checker = new Checker();
    CheckResult result = checker.run(chapters, glossary, matchers); // warm-up: JIT and word caches
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    double bestWall = Double.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      result = checker.run(chapters, glossary, matchers);
      best = Math.min(best, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
      bestWall = Math.min(bestWall, (System.nanoTime() - wall) / 1e9);
    }
    System.out.printf("concepts=%d pairs=%d%s index=%.2fs check=%.2fs (cpu; wall %.2fs) pairs/s=%.0f findings=%d (%s)%n",
        concepts, pairs, textFromAll ? " text-from-all" : "", indexSeconds, best, bestWall, pairs / best, result.findings().size(), result.summary());
  }
}
