package org.tandem.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tandem.align.Aligner;
import org.tandem.align.Evidence;
import org.tandem.align.Sentence;
import org.tandem.cli.Main;
import org.tandem.model.Lang;
import org.tandem.terms.Glossary;

/**
 * Times {@code tandem align} on a generated chapter of N sentences (default 1,000) and its Turkish
 * translation with sentences left out, added and joined, for docs/benchmarks.md. Run by hand with
 * bench/align-benchmark.sh (not part of the test suite):
 *
 * <pre>
 *   java -cp CLASSES org.tandem.bench.AlignBench PAIRS.tsv WORKDIR [SENTENCES] [ROUNDS]
 * </pre>
 *
 * Prints the aligner alone (sentences in memory, the lexicon and matchers built each time) and the
 * whole command in one JVM (read, segment both texts, align), each the best and the median of ROUNDS
 * warm rounds, wall-clock time and the CPU time of the calling thread (on a busy machine the second
 * says more).
 */
public final class AlignBench {
  private AlignBench() {}

  public static void main(String[] args) throws Exception {
    List<String[]> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] cells = line.split("\t");
        pairs.add(new String[] {cells[1], cells[2]});
      }
    }
    Path work = Path.of(args[1]);
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    List<String[]> doc = document(pairs, n);
    Path ws = workspace(work, doc);
    time("aligner alone, " + n + " sentences", rounds, () -> aligner(doc));
    time("tandem align --dry-run, " + n + " sentences (in one JVM)", rounds, () -> command(ws, "--dry-run"));
  }

  /** N German sentences in paragraphs of five; the Turkish side leaves out 8%, adds 5%, joins 6%. */
  static List<String[]> document(List<String[]> pairs, int n) {
    Random r = new Random(42);
    List<String[]> doc = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] p = pairs.get(i % pairs.size());
      double x = r.nextDouble();
      String tr = x < 0.08 ? "" : p[1];
      if (x > 0.95) {
        tr += " Bu bilgi çevirmenin notudur.";
      }
      doc.add(new String[] {p[0], tr});
    }
    return doc;
  }

  private static Path workspace(Path work, List<String[]> doc) throws Exception {
    Path ws = work.resolve("ws");
    if (Files.exists(ws.resolve("tandem.json"))) {
      return ws;
    }
    run("init", ws.toString());
    StringBuilder de = new StringBuilder("# Kapitel\n");
    StringBuilder tr = new StringBuilder("# Bölüm\n");
    for (int i = 0; i < doc.size(); i++) {
      if (i % 5 == 0) {
        de.append('\n');
        tr.append('\n');
      }
      de.append(doc.get(i)[0]).append(i % 5 == 4 ? "\n" : " ");
      if (!doc.get(i)[1].isEmpty()) {
        tr.append(doc.get(i)[1]).append(i % 5 == 4 ? "\n" : " ");
      } else if (i % 5 == 4) {
        tr.append('\n');
      }
    }
    Files.writeString(work.resolve("kapitel.md"), de);
    Files.writeString(work.resolve("kapitel-tr.md"), tr);
    run("add", "-w", ws.toString(), "--lang", "de", work.resolve("kapitel.md").toString());
    return ws;
  }

  private static void aligner(List<String[]> doc) {
    List<Sentence> de = new ArrayList<>();
    List<Sentence> tr = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      de.add(Sentence.plain(doc.get(i)[0], i / 5));
      if (!doc.get(i)[1].isEmpty()) {
        tr.add(Sentence.plain(doc.get(i)[1], i / 5));
      }
    }
    new Aligner(new Evidence(Glossary.EMPTY)).align(de, Lang.DE, tr);
  }

  private static void command(Path ws, String... extra) {
    List<String> args = new ArrayList<>(List.of("align", "-w", ws.toString(), "kapitel",
        ws.getParent().resolve("kapitel-tr.md").toString()));
    args.addAll(List.of(extra));
    run(args.toArray(String[]::new));
  }

  private static void run(String... args) {
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    if (exit != 0) {
      throw new IllegalStateException("tandem " + String.join(" ", args) + ": exit " + exit + "\n" + err);
    }
  }

  private static void time(String what, int rounds, Runnable task) {
    task.run(); // warm-up
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] ms = new long[rounds];
    long[] cpu = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      task.run();
      ms[i] = (System.nanoTime() - start) / 1_000_000;
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    }
    java.util.Arrays.sort(ms);
    java.util.Arrays.sort(cpu);
    System.out.printf("%-55s wall best %5d ms, median %5d ms; CPU of the thread best %5d ms, median %5d ms"
        + " (%d rounds)%n", what, ms[0], ms[rounds / 2], cpu[0], cpu[rounds / 2], rounds);
  }
}
