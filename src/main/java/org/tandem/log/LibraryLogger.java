package org.tandem.log;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A library's logger: its lines go to {@link LibraryLog}, never to the terminal on their own. */
final class LibraryLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

  LibraryLogger(String name) {
    this.name = name;
  }

  @Override
  public boolean isTraceEnabled() {
    return false;
  }

  @Override
  public boolean isDebugEnabled() {
    return false;
  }

  @Override
  public boolean isInfoEnabled() {
    return LibraryLog.enabled();
  }

  @Override
  public boolean isWarnEnabled() {
    return LibraryLog.enabled();
  }

  @Override
  public boolean isErrorEnabled() {
    return LibraryLog.enabled();
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] args,
      Throwable thrown) {
    if (level == Level.TRACE || level == Level.DEBUG) {
      return;
    }
    String text = MessageFormatter.basicArrayFormat(message, args);
    String from = name.startsWith("net.sf.okapi") ? "okapi" : name.startsWith("net.htmlparser") ? "jericho" : name;
    LibraryLog.line(level.name().toLowerCase(java.util.Locale.ROOT) + " from " + from + ": " + text
        + (thrown == null ? "" : " (" + thrown + ")"));
  }
}
