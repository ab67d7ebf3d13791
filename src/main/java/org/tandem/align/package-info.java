/** Sentence alignment: an existing translation paired with a chapter's segments, with evidence and confidence. */
package org.tandem.align;
