package org.tandem.model;

/** Whether an inline code opens a span, closes it, or stands alone. */
public enum CodeKind {
  OPEN,
  CLOSE,
  PLACEHOLDER
}
