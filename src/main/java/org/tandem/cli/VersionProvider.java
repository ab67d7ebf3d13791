package org.tandem.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports tandem's version from the jar manifest (or "dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {
      "tandem " + (version == null ? "dev" : version),
      "Java " + System.getProperty("java.version") + ", Okapi Framework 1.47.0"
    };
  }
}
