package org.tandem.extract;

import net.sf.okapi.common.resource.TextFragment;

/** What Okapi's filter reports of a document, in order: skeleton text or a text unit's content. */
public sealed interface FilterItem {
  /** Non-translatable document text, as Okapi reports it. */
  record Skeleton(String text) implements FilterItem {}

  /** A text unit's unsegmented content and how typed text is escaped where it stands. */
  record Unit(TextFragment content, Escaping escaping) implements FilterItem {}
}
