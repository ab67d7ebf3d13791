package org.tandem.xliff;

import java.nio.file.Path;

/** A tiny program for child-JVM tests: streams an XLIFF file of a chapter and prints how many units it has. */
public final class UnitCounter {
  private UnitCounter() {}

  /** Prints "N units" for the file named by the first argument. */
  public static void main(String[] args) {
    int[] count = {0};
    XliffVersion version = XliffFiles.readChapter(Path.of(args[0]), new XliffChapterHandler() {
      @Override
      public void header(XliffDocument header) {
        // the header is not counted
      }

      @Override
      public void unit(XliffUnit unit, int line) {
        count[0]++;
      }
    });
    System.out.println(count[0] + " units of XLIFF " + version);
  }
}
