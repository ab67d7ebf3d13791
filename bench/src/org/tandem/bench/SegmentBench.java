package org.tandem.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import org.tandem.extract.SrxSegmenter;
import org.tandem.format.MarkdownFormat;
import org.tandem.model.Lang;

/**
 * Times sentence segmentation of a whole corpus in one JVM, round after round, for the section
 * "Sentence segmentation engine" of docs/benchmarks.md. Run by hand (not part of the test suite):
 *
 * <pre>
 *   java -cp CLASSES org.tandem.bench.SegmentBench PROGRAM CORPUS [ROUNDS]
 * </pre>
 *
 * <p>PROGRAM is {@code okapi-filter} (Okapi's Markdown filter alone, the floor), {@code okapi-srx} (the
 * filter plus Okapi's SRX engine with tandem's rules, segment by segment as Tikal does), or
 * {@code tandem} (tandem's extraction: filter, exact source alignment and tandem's SRX engine). Prints the
 * milliseconds of every round, wall-clock and CPU time of the benchmark thread (steadier on a busy
 * machine), each with the median and the minimum of the rounds after the first half (the warm figures,
 * the minimum being the least disturbed by other work on the machine). With one round,
 * the figure includes the JVM's warm-up (time the whole command for a cold figure).
 */
public final class SegmentBench {
  private SegmentBench() {}

  /** Runs one program over a corpus from {@link CorpusGenerator}. */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SegmentBench okapi-filter|okapi-srx|tandem CORPUS [ROUNDS]");
      System.exit(2);
    }
    Path corpus = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    List<Path> chapters = chapters(corpus);
    SrxSegmenter srx = SrxSegmenter.bundled(Map.of());
    MarkdownFormat markdown = new MarkdownFormat();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Long> wall = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    long count = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      count = switch (args[0]) {
        case "okapi-filter" -> okapi(chapters, null);
        case "okapi-srx" -> okapi(chapters, srx);
        case "tandem" -> tandem(chapters, markdown, srx);
        default -> throw new IllegalArgumentException("unknown program " + args[0]);
      };
      wall.add((System.nanoTime() - start) / 1_000_000);
      cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000);
    }
    System.out.printf("%s: %d chapters, %d %s%n  wall ms per round %s; last %d rounds: %s%n"
        + "  cpu ms per round %s; last %d rounds: %s%n", args[0], chapters.size(), count,
        args[0].equals("okapi-filter") ? "text units" : "segments", wall, rounds - rounds / 2, warm(wall),
        cpu, rounds - rounds / 2, warm(cpu));
  }

  /** Median and minimum of the second half of the rounds, after the JIT has compiled the hot code. */
  private static String warm(List<Long> rounds) {
    List<Long> warm = new ArrayList<>(rounds.subList(rounds.size() / 2, rounds.size()));
    Collections.sort(warm);
    return "median " + warm.get(warm.size() / 2) + " ms, min " + warm.get(0) + " ms";
  }

  private static List<Path> chapters(Path corpus) throws Exception {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static Lang lang(Path chapter) {
    return chapter.getParent().getFileName().toString().equals("tr") ? Lang.TR : Lang.DE;
  }

  /** Okapi's filter over every chapter, segmenting each text unit with Okapi's engine when {@code srx} is given. */
  private static long okapi(List<Path> chapters, SrxSegmenter srx) throws Exception {
    long count = 0;
    for (Path chapter : chapters) {
      Lang lang = lang(chapter);
      ISegmenter segmenter = srx == null ? null : srx.segmenter(lang.code());
      try (MarkdownFilter filter = new MarkdownFilter(); RawDocument doc = new RawDocument(chapter.toUri(), "UTF-8",
          LocaleId.fromString(lang.code()), LocaleId.fromString(lang.other().code()))) {
        filter.open(doc);
        while (filter.hasNext()) {
          Event event = filter.next();
          if (event.isTextUnit()) {
            if (segmenter != null) {
              event.getTextUnit().createSourceSegmentation(segmenter);
              count += event.getTextUnit().getSource().getSegments().count();
            } else {
              count++;
            }
          }
        }
      }
    }
    return count;
  }

  private static long tandem(List<Path> chapters, MarkdownFormat markdown, SrxSegmenter srx) throws IOException {
    long count = 0;
    for (Path chapter : chapters) {
      count += markdown.read(Files.readAllBytes(chapter), chapter.getFileName().toString(), lang(chapter), srx)
          .segments().size();
    }
    return count;
  }
}
