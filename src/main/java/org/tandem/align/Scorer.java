package org.tandem.align;

import java.util.List;

/**
 * The cost of aligning a group of source sentences with a group of target sentences: Gale–Church's
 * length cost plus what the anchors, the block kinds and the paragraph starts say. Lower is better.
 */
final class Scorer {
  /** Gale–Church's variance of the length difference per character. */
  static final double VARIANCE = 6.8;

  private final List<Sentence> src;
  private final List<Sentence> tgt;
  private final List<Features> srcOne;
  private final List<Features> tgtOne;
  private final Features[] srcTwo;
  private final Features[] tgtTwo;
  private final Features[] srcThree;
  private final Features[] tgtThree;
  private final double ratio;
  private final Weights w;

  Scorer(List<Sentence> src, List<Features> srcFeatures, List<Sentence> tgt, List<Features> tgtFeatures,
      Weights weights) {
    this.src = src;
    this.tgt = tgt;
    this.srcOne = srcFeatures;
    this.tgtOne = tgtFeatures;
    this.srcTwo = pairs(srcFeatures);
    this.tgtTwo = pairs(tgtFeatures);
    this.srcThree = triples(srcFeatures, srcTwo);
    this.tgtThree = triples(tgtFeatures, tgtTwo);
    this.w = weights;
    this.ratio = ratio(srcFeatures, tgtFeatures);
  }

  private static Features[] pairs(List<Features> one) {
    Features[] two = new Features[Math.max(0, one.size() - 1)];
    for (int i = 0; i + 1 < one.size(); i++) {
      two[i] = one.get(i).plus(one.get(i + 1));
    }
    return two;
  }

  private static Features[] triples(List<Features> one, Features[] two) {
    Features[] three = new Features[Math.max(0, one.size() - 2)];
    for (int i = 0; i + 2 < one.size(); i++) {
      three[i] = two[i].plus(one.get(i + 2));
    }
    return three;
  }

  /** Characters of target per character of source, from the whole texts, kept within sane bounds. */
  private static double ratio(List<Features> a, List<Features> b) {
    double la = a.stream().mapToInt(Features::length).sum();
    double lb = b.stream().mapToInt(Features::length).sum();
    return la == 0 || lb == 0 ? 1 : Math.max(0.6, Math.min(1.6, lb / la));
  }

  /** The cost of the move's prior: how often translators do this. */
  double prior(int a, int b) {
    return w.prior(a, b);
  }

  /** The cost of pairing {@code a} source sentences from {@code i} with {@code b} target ones from {@code j}, without the prior. */
  double pair(int i, int a, int j, int b) {
    Features s = features(srcOne, srcTwo, srcThree, i, a);
    Features t = features(tgtOne, tgtTwo, tgtThree, j, b);
    return length(s.length(), t.length()) + anchors(s, t) + structure(i, a, j, b);
  }

  /**
   * The cost a pair's confidence is read from: its cost, and for a pair that shares no evidence
   * {@link Weights#doubt()} more, since the search is lenient with such pairs (real texts have them)
   * but a reviewer should rather look at them.
   */
  double confidenceCost(int i, int a, int j, int b) {
    Features s = features(srcOne, srcTwo, srcThree, i, a);
    Features t = features(tgtOne, tgtTwo, tgtThree, j, b);
    boolean shares = Features.shared(s.numbers(), t.numbers()) + Features.shared(s.names(), t.names())
        + Features.shared(s.concepts(), t.concepts()) + Features.shared(s.cognates(), t.cognates())
        + Features.shared(s.marks(), t.marks()) > 0;
    return pair(i, a, j, b) + (shares ? 0 : w.doubt());
  }

  private static Features features(List<Features> one, Features[] two, Features[] three, int i, int n) {
    return n == 1 ? one.get(i) : n == 2 ? two[i] : three[i];
  }

  /** How well the lengths of a group agree, from 0 to 1 (Gale–Church's probability of the difference). */
  double lengthFit(int i, int a, int j, int b) {
    Features s = features(srcOne, srcTwo, srcThree, i, a);
    Features t = features(tgtOne, tgtTwo, tgtThree, j, b);
    return Math.exp(-length(s.length(), t.length()));
  }

  /** Gale–Church: minus the log probability of a length difference this large. */
  double length(int ls, int lt) {
    double mean = (ls + lt / ratio) / 2;
    double delta = (lt - ls * ratio) / Math.sqrt(Math.max(1, mean) * w.variance());
    double p = 2 * (1 - Phi.cdf(Math.abs(delta)));
    return -Math.log(Math.max(p, 1e-12));
  }

  private double anchors(Features s, Features t) {
    int numbers = Features.shared(s.numbers(), t.numbers());
    int names = Features.shared(s.names(), t.names());
    int concepts = Features.shared(s.concepts(), t.concepts());
    int cognates = Features.shared(s.cognates(), t.cognates());
    int marks = Features.shared(s.marks(), t.marks());
    double bonus = w.number() * numbers + w.name() * names + w.concept() * concepts + w.cognate() * cognates
        + w.mark() * marks;
    int lostNumbers = s.numbers().length + t.numbers().length - 2 * numbers;
    int lostNames = s.distinct().length - Features.shared(s.distinct(), t.names())
        + t.distinct().length - Features.shared(t.distinct(), s.names());
    int lostMarks = s.marks().length + t.marks().length - 2 * marks;
    int lostConcepts = s.concepts().length + t.concepts().length - 2 * concepts;
    double penalty = w.lostNumber() * lostNumbers + w.lostName() * lostNames + w.lostMark() * lostMarks
        + w.lostConcept() * lostConcepts + (bonus == 0 ? w.noEvidence() : 0);
    return penalty - Math.min(bonus, w.maxBonus());
  }

  private double structure(int i, int a, int j, int b) {
    double cost = 0;
    if (a > 1 && src.get(i).para() != src.get(i + a - 1).para()) {
      cost += w.acrossBlocks();
    }
    if (b > 1 && tgt.get(j).para() != tgt.get(j + b - 1).para()) {
      cost += w.acrossBlocks() / 2;
    }
    boolean srcStarts = i == 0 || src.get(i).para() != src.get(i - 1).para();
    boolean tgtStarts = j == 0 || tgt.get(j).para() != tgt.get(j - 1).para();
    cost += srcStarts && tgtStarts ? -w.bothStart() : srcStarts != tgtStarts ? w.oneStarts() : 0;
    BlockKind ks = src.get(i).kind();
    BlockKind kt = tgt.get(j).kind();
    if (ks == BlockKind.HEADING || kt == BlockKind.HEADING) {
      cost += ks == kt ? -w.sameKind() * 2 : w.otherKind() * 2;
    } else if (ks != BlockKind.PARAGRAPH || kt != BlockKind.PARAGRAPH) {
      cost += ks == kt ? -w.sameKind() : w.otherKind();
    }
    if (!src.get(i).codes().isEmpty() && src.get(i).codes().equals(tgt.get(j).codes())) {
      cost -= w.sameKind();
    }
    return cost;
  }

  /** The standard normal distribution. */
  static final class Phi {
    private Phi() {}

    /** P(X ≤ x), by the Abramowitz–Stegun approximation (error below 1e-7). */
    static double cdf(double x) {
      double t = 1 / (1 + 0.2316419 * Math.abs(x));
      double d = 0.3989423 * Math.exp(-x * x / 2);
      double p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
      return x > 0 ? 1 - p : p;
    }
  }
}
