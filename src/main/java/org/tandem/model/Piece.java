package org.tandem.model;

/** One part of segment content: a run of text or an inline code. */
public sealed interface Piece permits Text, Code {}
