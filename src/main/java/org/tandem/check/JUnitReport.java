package org.tandem.check;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tandem.model.Finding;
import org.tandem.model.Segment;

/**
 * Check results as JUnit XML, which CI servers (Jenkins, GitLab, Azure) show as test results: one
 * test suite per chapter, one test case per unit. A unit with findings that fail the run (see
 * {@code --fail-on}) has one {@code <failure>} listing them; its other findings are in
 * {@code <system-out>}; a unit without failing findings passes.
 */
public final class JUnitReport implements Report {
  @Override
  public String format() {
    return "junit";
  }

  @Override
  public void write(CheckResult result, ReportOptions options, Writer out) throws IOException {
    Map<String, List<Finding>> byUnit = new HashMap<>();
    result.findings().forEach(f -> byUnit.computeIfAbsent(f.chapter() + "\u0000" + f.unit(),
        k -> new ArrayList<>()).add(f));
    long failures = result.findings().stream().filter(options.failOn()::fails)
        .map(f -> f.chapter() + "\u0000" + f.unit()).distinct().count();
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"tandem check\" tests=\"" + result.segments() + "\" failures=\"" + failures
        + "\" errors=\"0\" skipped=\"0\">\n");
    for (ChapterSegments chapter : result.checked()) {
      suite(chapter, byUnit, options, out);
    }
    out.write("</testsuites>\n");
    out.flush();
  }

  private static void suite(ChapterSegments chapter, Map<String, List<Finding>> byUnit, ReportOptions options,
      Writer out) throws IOException {
    String id = chapter.chapter().id();
    String file = XmlText.attribute(chapter.chapter().file());
    long failures = chapter.segments().stream().filter(s -> byUnit.getOrDefault(id + "\u0000" + s.key(),
        List.of()).stream().anyMatch(options.failOn()::fails)).count();
    out.write("  <testsuite name=\"" + XmlText.attribute(id) + "\" tests=\"" + chapter.segments().size()
        + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\" file=\"" + file + "\">\n");
    for (Segment segment : chapter.segments()) {
      List<Finding> findings = byUnit.getOrDefault(id + "\u0000" + segment.key(), List.of());
      int line = options.lines().line(id, segment.key());
      out.write("    <testcase name=\"" + XmlText.attribute(segment.key()) + "\" classname=\""
          + XmlText.attribute(id) + "\" file=\"" + file + "\"" + (line > 0 ? " line=\"" + line + "\"" : ""));
      if (findings.isEmpty()) {
        out.write("/>\n");
        continue;
      }
      out.write(">\n");
      testcase(findings, options, out);
      out.write("    </testcase>\n");
    }
    out.write("  </testsuite>\n");
  }

  private static void testcase(List<Finding> findings, ReportOptions options, Writer out) throws IOException {
    List<Finding> failing = findings.stream().filter(options.failOn()::fails).toList();
    List<Finding> other = findings.stream().filter(f -> !options.failOn().fails(f)).toList();
    if (!failing.isEmpty()) {
      String message = failing.get(0).message() + (failing.size() > 1 ? " (and " + (failing.size() - 1)
          + " more)" : "");
      String type = failing.stream().map(Finding::rule).distinct().collect(Collectors.joining(" "));
      out.write("      <failure message=\"" + XmlText.attribute(message) + "\" type=\"" + XmlText.attribute(type)
          + "\">" + XmlText.text(lines(failing)) + "</failure>\n");
    }
    if (!other.isEmpty()) {
      out.write("      <system-out>" + XmlText.text(lines(other)) + "</system-out>\n");
    }
  }

  private static String lines(List<Finding> findings) {
    return findings.stream().map(TextReport::line).collect(Collectors.joining("\n"));
  }
}
