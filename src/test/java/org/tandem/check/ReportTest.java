package org.tandem.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.Finding;
import org.tandem.model.Severity;

class ReportTest {
  static final CheckResult RESULT = new CheckResult(List.of(
      new Finding("ch1", "s3", "term-missing", Severity.ERROR, "Kommune", "kommune",
          "\"Kommune\" in the source needs \"belediye\" in the target"),
      new Finding("ch2", "p1-2", "untranslated", Severity.WARNING, "", "", "not translated yet")), 7, 2);

  static String write(Report report, CheckResult result) throws IOException {
    StringWriter out = new StringWriter();
    report.write(result, out);
    return out.toString();
  }

  @Test
  void textReportHasOneLinePerFindingAndASummary() throws IOException {
    assertEquals("""
        ch1:s3: error: [term-missing] "Kommune" in the source needs "belediye" in the target
        ch2:p1-2: warning: [untranslated] not translated yet
        1 error, 1 warning in 2 chapters
        """, write(new TextReport(), RESULT));
  }

  @Test
  void textReportOfACleanRunIsTheSummaryOnly() throws IOException {
    assertEquals("0 errors, 0 warnings in 1 chapter\n", write(new TextReport(), new CheckResult(List.of(), 3, 1)));
  }

  @Test
  void jsonReportHasTheDocumentedShapeAndKeyOrder() throws IOException {
    String json = write(new JsonReport(), RESULT);
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(List.of("findings", "summary"), names(root));
    JsonNode first = root.get("findings").get(0);
    assertEquals(List.of("chapter", "unit", "rule", "severity", "term", "entry", "message"), names(first));
    assertEquals("ch1", first.get("chapter").asText());
    assertEquals("s3", first.get("unit").asText());
    assertEquals("term-missing", first.get("rule").asText());
    assertEquals("error", first.get("severity").asText());
    assertEquals("Kommune", first.get("term").asText());
    assertEquals("kommune", first.get("entry").asText());
    assertEquals("\"Kommune\" in the source needs \"belediye\" in the target", first.get("message").asText());
    assertEquals("", root.get("findings").get(1).get("term").asText());
    JsonNode summary = root.get("summary");
    assertEquals(List.of("errors", "warnings", "infos", "segments", "chapters"), names(summary));
    assertEquals(List.of(1, 1, 0, 7, 2), List.of(summary.get("errors").asInt(), summary.get("warnings").asInt(),
        summary.get("infos").asInt(), summary.get("segments").asInt(), summary.get("chapters").asInt()));
    assertEquals(1, json.lines().count(), "one line, ending with a line break");
  }

  @Test
  void jsonReportOfACleanRun() throws IOException {
    assertEquals("{\"findings\":[],\"summary\":{\"errors\":0,\"warnings\":0,\"infos\":0,\"segments\":0,"
        + "\"chapters\":0}}\n", write(new JsonReport(), new CheckResult(List.of(), 0, 0)));
  }

  @Test
  void jsonEscapesTextAndLeavesTheWriterOpen() throws IOException {
    CheckResult odd = new CheckResult(List.of(new Finding("c", "u", "r", Severity.INFO, "a\"b", "", "line\nbreak ü")),
        1, 1);
    StringWriter out = new StringWriter();
    new JsonReport().write(odd, out);
    out.write("still open");
    JsonNode root = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
    assertEquals("line\nbreak ü", root.get("findings").get(0).get("message").asText());
    assertEquals("info", root.get("findings").get(0).get("severity").asText());
    assertEquals(1, root.get("summary").get("infos").asInt());
  }

  static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
