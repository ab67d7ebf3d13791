package org.tandem.align;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Documents built from the test's German–Turkish sentence pairs with the differences real
 * translations have: sentences left out (8%) and added (5%), two joined into one (6%), one split in
 * two (3%), paragraph breaks moved (20%); with the gold alignment.
 */
final class EvalCorpus {
  /** A document pair and its gold groups (both sides non-empty), as "s1,s2|t1" strings. */
  record Doc(List<Sentence> src, List<Sentence> tgt, Set<String> gold) {}

  private static final Set<String> GERMAN_LOWER = Set.of("die", "der", "das", "sie", "er", "es", "ein", "eine",
      "auch", "dort", "dabei", "damit", "so", "in", "im", "an", "am", "auf", "mit", "für", "seit", "nach", "bei",
      "viele", "einige", "als", "da", "wenn", "wer", "was", "wie", "ob", "um", "neben", "vor", "heute", "schon");

  static Map<String, List<String[]>> pairs() throws IOException {
    Map<String, List<String[]>> docs = new LinkedHashMap<>();
    for (String line : lines("pairs.tsv")) {
      String[] cells = line.split("\t");
      docs.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(new String[] {cells[1], cells[2]});
    }
    return docs;
  }

  static List<String> lines(String resource) throws IOException {
    try (InputStream in = EvalCorpus.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }

  /** One perturbed German–Turkish document from {@code pairs}, reproducible by {@code seed}. */
  static Doc perturb(List<String[]> pairs, List<String> additions, long seed) {
    return perturb(pairs, additions, seed, false);
  }

  /**
   * One perturbed document from {@code pairs} (source, target), reproducible by {@code seed};
   * {@code turkishSource} when the source side is Turkish, so joins follow each language's habits.
   */
  static Doc perturb(List<String[]> pairs, List<String> additions, long seed, boolean turkishSource) {
    Random r = new Random(seed);
    List<String> src = new ArrayList<>();
    List<String> tgt = new ArrayList<>();
    List<Boolean> srcBreak = new ArrayList<>();
    Set<String> gold = new java.util.HashSet<>();
    int sinceBreak = 0;
    for (int p = 0; p < pairs.size(); p++) {
      double x = r.nextDouble();
      boolean hasNext = p + 1 < pairs.size();
      boolean newPara = sinceBreak >= 3 && r.nextDouble() < 0.4;
      sinceBreak = newPara ? 0 : sinceBreak + 1;
      if (x < 0.08) {
        src.add(pairs.get(p)[0]);
        srcBreak.add(newPara);
      } else if (x < 0.14 && hasNext) {
        gold.add(src.size() + "," + (src.size() + 1) + "|" + tgt.size());
        src.add(pairs.get(p)[0]);
        srcBreak.add(newPara);
        src.add(pairs.get(p + 1)[0]);
        srcBreak.add(false);
        tgt.add(turkishSource ? joinGerman(pairs.get(p)[1], pairs.get(p + 1)[1], r)
            : joinTurkish(pairs.get(p)[1], pairs.get(p + 1)[1], r));
        p++;
      } else if (x < 0.17 && hasNext) {
        gold.add(src.size() + "|" + tgt.size() + "," + (tgt.size() + 1));
        src.add(turkishSource ? joinTurkish(pairs.get(p)[0], pairs.get(p + 1)[0], r)
            : joinGerman(pairs.get(p)[0], pairs.get(p + 1)[0], r));
        srcBreak.add(newPara);
        tgt.add(pairs.get(p)[1]);
        tgt.add(pairs.get(p + 1)[1]);
        p++;
      } else {
        gold.add(src.size() + "|" + tgt.size());
        src.add(pairs.get(p)[0]);
        srcBreak.add(newPara);
        tgt.add(pairs.get(p)[1]);
      }
      if (r.nextDouble() < 0.05) {
        tgt.add(additions.get(r.nextInt(additions.size())));
      }
    }
    return new Doc(paragraphs(src, srcBreak), paragraphs(tgt, targetBreaks(src.size(), srcBreak, tgt.size(), r)),
        gold);
  }

  /** The target's paragraph breaks: at the same relative places, a fifth of them moved by a sentence. */
  private static List<Boolean> targetBreaks(int n, List<Boolean> srcBreak, int m, Random r) {
    List<Boolean> breaks = new ArrayList<>(java.util.Collections.nCopies(m, false));
    for (int i = 1; i < n; i++) {
      if (srcBreak.get(i)) {
        int j = (int) Math.round((double) i * m / n);
        if (r.nextDouble() < 0.2) {
          j += r.nextBoolean() ? 1 : -1;
        }
        if (j > 0 && j < m) {
          breaks.set(j, true);
        }
      }
    }
    return breaks;
  }

  private static List<Sentence> paragraphs(List<String> texts, List<Boolean> breaks) {
    List<Sentence> sentences = new ArrayList<>();
    int para = 1;
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0 && breaks.get(i)) {
        para++;
      }
      sentences.add(Sentence.plain(texts.get(i), para));
    }
    return sentences;
  }

  private static String joinTurkish(String a, String b, Random r) {
    String head = a.substring(0, a.length() - 1);
    String tail = lowerFirst(b, new java.util.Locale("tr"));
    return r.nextBoolean() ? head + "; " + tail : head + " ve " + tail;
  }

  private static String joinGerman(String a, String b, Random r) {
    String head = a.substring(0, a.length() - 1);
    String first = b.split(" ")[0].toLowerCase(java.util.Locale.GERMAN);
    String tail = GERMAN_LOWER.contains(first) ? lowerFirst(b, java.util.Locale.GERMAN) : b;
    return r.nextBoolean() ? head + "; " + tail : head + ", und " + tail;
  }

  private static String lowerFirst(String s, java.util.Locale locale) {
    return s.substring(0, 1).toLowerCase(locale) + s.substring(1);
  }

  /** The groups of an alignment with both sides non-empty, as "s1,s2|t1" strings. */
  static Set<String> groups(List<Link> links) {
    Set<String> groups = new java.util.HashSet<>();
    for (Link l : links) {
      if (l.paired()) {
        groups.add(range(l.srcFrom(), l.srcTo()) + "|" + range(l.tgtFrom(), l.tgtTo()));
      }
    }
    return groups;
  }

  private static String range(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(i > from ? "," : "").append(i);
    }
    return sb.toString();
  }
}
