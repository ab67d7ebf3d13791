/** Comparing texts: the words they consist of, how similar two segments are, and word-level diffs for people. */
package org.tandem.compare;
