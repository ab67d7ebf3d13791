package org.tandem.align;

/**
 * The aligner's weights, calibrated on German–Turkish documents with left-out, added, joined and
 * split sentences (see docs/align.md). Costs are in nats, like Gale–Church's.
 */
record Weights(double variance, double p11, double p10, double p01, double p21, double p12, double p22, double p13,
    double number, double name, double concept, double cognate, double mark, double maxBonus,
    double lostNumber, double lostName, double lostMark, double acrossBlocks, double bothStart, double oneStarts,
    double sameKind, double otherKind, double noEvidence, double lostConcept, double doubt) {

  /** The calibrated weights. */
  static final Weights DEFAULT = new Weights(6.8, 0.78, 0.08, 0.05, 0.06, 0.03, 0.005, 0.002,
      1.5, 1.2, 1.0, 0.5, 0.4, 8, 1.2, 0.5, 0.3, 2.0, 0.5, 0.2, 0.5, 1.5, 1.5, 0.3, 0.75);

  /** Minus the log of how often a move of {@code a} source and {@code b} target sentences happens. */
  double prior(int a, int b) {
    double p = a == 1 && b == 1 ? p11 : a == 1 && b == 0 ? p10 : a == 0 && b == 1 ? p01
        : a == 2 && b == 1 ? p21 : a == 1 && b == 2 ? p12 : a == 2 && b == 2 ? p22 : p13;
    return -Math.log(p);
  }
}
