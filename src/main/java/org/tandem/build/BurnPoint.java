package org.tandem.build;

/**
 * The publication's words at one commit of the workspace's git history, for the burn-up chart.
 *
 * @param commit the commit id
 * @param epochSecond the commit's author time (when the work was done; kept by a rebase)
 * @param words all source words
 * @param translated words translated, reviewed or final
 * @param reviewed words reviewed or final
 */
public record BurnPoint(String commit, long epochSecond, int words, int translated, int reviewed) {}
