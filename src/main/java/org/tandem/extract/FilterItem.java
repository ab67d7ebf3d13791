package org.tandem.extract;

import net.sf.okapi.common.resource.TextFragment;

/** What Okapi's filter reports of a document, in order: skeleton text or a text unit's content. */
sealed interface FilterItem {
  /** Non-translatable document text, as Okapi reports it. */
  record Skeleton(String text) implements FilterItem {}

  /** A text unit's unsegmented content; {@code html} when it comes from an HTML block. */
  record Unit(TextFragment content, boolean html) implements FilterItem {}
}
