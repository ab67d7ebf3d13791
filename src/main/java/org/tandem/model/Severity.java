package org.tandem.model;

import java.util.Locale;

/** How serious a finding is; errors fail {@code tandem check}. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case name used in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
