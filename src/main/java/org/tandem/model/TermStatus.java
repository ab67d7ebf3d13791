package org.tandem.model;

/** How the glossary rates a term for its concept. */
public enum TermStatus {
  /** The term to use. */
  PREFERRED,
  /** Accepted as an alternative to the preferred term. */
  ADMITTED,
  /** Must not be used (a false friend, an outdated or offensive word). */
  FORBIDDEN
}
