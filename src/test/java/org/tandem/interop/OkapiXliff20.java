package org.tandem.interop;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tandem.model.Content;
import org.tandem.xliff.XliffUnit;

/**
 * Okapi's XLIFF 2.0 reader ({@code net.sf.okapi.lib.xliff2.reader.XLIFFReader}, module
 * {@code okapi-lib-xliff2}) with maximal validation: the OASIS schema and the constraints the schema
 * cannot express, such as ids unique within a unit. The module is on the test classpath only in the
 * interop profile and, unlike the 1.2 filter, has no interface in okapi-core, so it is driven by
 * reflection: the default build compiles without it.
 */
final class OkapiXliff20 {
  static final String READER = "net.sf.okapi.lib.xliff2.reader.XLIFFReader";

  /**
   * A unit as read: its id, its segments' source and target text without codes, and how many inline
   * tags (opening, closing, standalone) its sources hold.
   *
   * @param id the unit id
   * @param source the source text
   * @param sourceTags the number of inline tags in the source
   * @param target the target text, or {@code null} when no segment has one
   */
  record Unit(String id, String source, int sourceTags, String target) {
    /** The same view of a unit read by tandem. */
    static Unit of(XliffUnit unit) {
      Content target = unit.target();
      return new Unit(unit.id(), unit.source().plainText(), unit.source().codes().size(),
          target == null ? null : target.plainText());
    }
  }

  private OkapiXliff20() {}

  /** True when okapi-lib-xliff2 is on the classpath. */
  static boolean available() {
    try {
      Class.forName(READER);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Every unit of {@code file}; a file the reader rejects fails the test with the reader's message. */
  static List<Unit> read(Path file) throws ReflectiveOperationException {
    Class<?> type = Class.forName(READER);
    Object reader = type.getConstructor(int.class).newInstance(type.getField("VALIDATION_MAXIMAL").getInt(null));
    List<Unit> units = new ArrayList<>();
    try {
      call(reader, "open", File.class, file.toFile());
      while ((Boolean) call(reader, "hasNext")) {
        Object event = call(reader, "next");
        if ((Boolean) call(event, "isUnit")) {
          units.add(unit(call(event, "getUnit")));
        }
      }
    } catch (InvocationTargetException e) {
      throw new AssertionError("Okapi's XLIFF 2.0 reader rejected " + file.getFileName() + ": " + e.getCause(), e.getCause());
    } finally {
      call(reader, "close");
    }
    return units;
  }

  private static Unit unit(Object unit) throws ReflectiveOperationException {
    StringBuilder source = new StringBuilder();
    StringBuilder target = new StringBuilder();
    boolean hasTarget = false;
    int tags = 0;
    for (Object part : (Iterable<?>) unit) {
      if ((Boolean) call(part, "isSegment")) {
        Object fragment = call(part, "getSource");
        source.append(call(fragment, "getPlainText"));
        tags += count((Iterable<?>) call(fragment, "getTags"));
        Object t = call(part, "getTarget");
        hasTarget |= t != null;
        target.append(t == null ? "" : call(t, "getPlainText"));
      }
    }
    return new Unit((String) call(unit, "getId"), source.toString(), tags, hasTarget ? target.toString() : null);
  }

  private static int count(Iterable<?> items) {
    int n = 0;
    for (Object ignored : items) {
      n++;
    }
    return n;
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    return target.getClass().getMethod(method).invoke(target);
  }

  private static Object call(Object target, String method, Class<?> type, Object arg) throws ReflectiveOperationException {
    return target.getClass().getMethod(method, type).invoke(target, arg);
  }
}
