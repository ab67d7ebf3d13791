package org.tandem.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tandem.model.Lang;

/**
 * Aligns the sentences of a text with those of its translation: dynamic programming over 1-1, 1-0,
 * 0-1, 2-1, 1-2, 2-2, 1-3 and 3-1 groups in a band around the diagonal (widened when the best path runs
 * along its edge), so the work grows with the length of the texts, not with its square.
 */
public final class Aligner {
  private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {1, 3}, {3, 1}};
  private static final int MIN_BAND = 40;
  private static final double SURE = 0.8;

  private final Evidence evidence;
  private final Weights weights;

  /** An aligner using the given evidence and the calibrated weights. */
  public Aligner(Evidence evidence) {
    this(evidence, Weights.DEFAULT);
  }

  Aligner(Evidence evidence, Weights weights) {
    this.evidence = evidence;
    this.weights = weights;
  }

  /** The alignment of {@code src} (written in {@code srcLang}) with its translation {@code tgt}. */
  public List<Link> align(List<Sentence> src, Lang srcLang, List<Sentence> tgt) {
    int n = src.size();
    int m = tgt.size();
    if (n == 0 || m == 0) {
      return unpaired(n, m);
    }
    Scorer scorer = new Scorer(src, evidence.of(src, srcLang), tgt, evidence.of(tgt, srcLang.other()), weights);
    int band = MIN_BAND; // around the diagonal i·m/n, which already allows for the texts' different counts
    while (true) {
      Band grid = new Band(n, m, band);
      boolean touched = fill(grid, scorer);
      if (!touched || band >= Math.max(n, m)) {
        return path(grid, scorer);
      }
      band *= 2;
    }
  }

  private static List<Link> unpaired(int n, int m) {
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      links.add(new Link(i, i + 1, 0, 0, 0));
    }
    for (int j = 0; j < m; j++) {
      links.add(new Link(n, n, j, j + 1, 0));
    }
    return links;
  }

  /** Fills the band with best costs; true when the best path came near the band's edge. */
  private boolean fill(Band g, Scorer scorer) {
    g.set(0, 0, 0, -1);
    for (int i = 0; i <= g.n; i++) {
      for (int j = g.lo(i); j <= g.hi(i); j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double best = Double.POSITIVE_INFINITY;
        int bestMove = -1;
        for (int k = 0; k < MOVES.length; k++) {
          int a = MOVES[k][0];
          int b = MOVES[k][1];
          double before = g.cost(i - a, j - b);
          if (before == Double.POSITIVE_INFINITY) {
            continue;
          }
          double c = before + scorer.prior(a, b) + (a > 0 && b > 0 ? scorer.pair(i - a, a, j - b, b) : 0);
          if (c < best) {
            best = c;
            bestMove = k;
          }
        }
        g.set(i, j, best, bestMove);
      }
    }
    return nearEdge(g);
  }

  private static boolean nearEdge(Band g) {
    int i = g.n;
    int j = g.m;
    while (i > 0 || j > 0) {
      if ((j - g.lo(i) < 2 && g.lo(i) > 0) || (g.hi(i) - j < 2 && g.hi(i) < g.m)) {
        return true;
      }
      int[] move = MOVES[g.move(i, j)];
      i -= move[0];
      j -= move[1];
    }
    return false;
  }

  private List<Link> path(Band g, Scorer scorer) {
    List<Link> links = new ArrayList<>();
    int i = g.n;
    int j = g.m;
    while (i > 0 || j > 0) {
      int[] move = MOVES[g.move(i, j)];
      int a = move[0];
      int b = move[1];
      double confidence = a > 0 && b > 0 ? confidence(scorer.confidenceCost(i - a, a, j - b, b)) : 0;
      links.add(new Link(i - a, i, j - b, j, confidence));
      i -= a;
      j -= b;
    }
    Collections.reverse(links);
    return supported(links, scorer);
  }

  /**
   * Links with the confidence their place lends them: a run of one-to-one pairs without anchors of
   * their own, between two sure pairs (or a sure pair and an end of the texts) with nothing left out
   * or added in between, is right where the lengths agree; the sure pairs are anchors.
   */
  private static List<Link> supported(List<Link> links, Scorer scorer) {
    List<Link> out = new ArrayList<>(links);
    if (links.stream().noneMatch(l -> l.paired() && l.confidence() >= SURE)) {
      return out; // no anchor anywhere: nothing lends support
    }
    int k = 0;
    while (k < links.size()) {
      int end = k;
      while (end < links.size() && unsureOneToOne(links.get(end))) {
        end++;
      }
      if (end > k && sure(links, k - 1) && sure(links, end)) {
        for (int r = k; r < end; r++) {
          Link l = links.get(r);
          double fit = scorer.lengthFit(l.srcFrom(), 1, l.tgtFrom(), 1);
          out.set(r, new Link(l.srcFrom(), l.srcTo(), l.tgtFrom(), l.tgtTo(), Math.max(l.confidence(), 0.4 + 0.5 * fit)));
        }
      }
      k = end + 1;
    }
    return out;
  }

  private static boolean unsureOneToOne(Link l) {
    return l.sources() == 1 && l.targets() == 1 && l.confidence() < SURE;
  }

  private static boolean sure(List<Link> links, int k) {
    return k < 0 || k >= links.size() || (links.get(k).paired() && links.get(k).confidence() >= SURE);
  }

  /** A pair's cost (without the prior) as a confidence: near 1 for a pair whose anchors agree, 0.5 at 2.5 nats. */
  static double confidence(double cost) {
    return 1 / (1 + Math.exp(1.5 * (cost - 2.5)));
  }

  /** The cells of the dynamic program around the diagonal, with their best costs and moves. */
  private static final class Band {
    final int n;
    final int m;
    private final int width;
    private final double[][] cost;
    private final byte[][] move;

    Band(int n, int m, int width) {
      this.n = n;
      this.m = m;
      this.width = width;
      cost = new double[n + 1][];
      move = new byte[n + 1][];
      for (int i = 0; i <= n; i++) {
        int size = hi(i) - lo(i) + 1;
        cost[i] = new double[size];
        java.util.Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
        move[i] = new byte[size];
      }
    }

    int center(int i) {
      return (int) Math.round((double) i * m / n);
    }

    int lo(int i) {
      return Math.max(0, center(i) - width);
    }

    int hi(int i) {
      return Math.min(m, center(i) + width);
    }

    double cost(int i, int j) {
      if (i < 0 || j < lo(Math.max(i, 0)) || j > hi(Math.max(i, 0)) || j < 0) {
        return Double.POSITIVE_INFINITY;
      }
      return cost[i][j - lo(i)];
    }

    int move(int i, int j) {
      return move[i][j - lo(i)];
    }

    void set(int i, int j, double c, int k) {
      cost[i][j - lo(i)] = c;
      move[i][j - lo(i)] = (byte) k;
    }
  }
}
