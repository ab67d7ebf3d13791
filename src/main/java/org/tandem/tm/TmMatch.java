package org.tandem.tm;

/**
 * A memory entry found for a source, with how similar its source is.
 *
 * @param unit the entry
 * @param score the similarity of the entry's source to the source looked up (see
 *     {@link org.tandem.compare.Similarity}), 1 for the same words
 */
public record TmMatch(TmUnit unit, double score) {}
