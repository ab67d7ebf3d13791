package org.tandem.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Finding;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.model.Span;
import org.tandem.model.State;
import org.tandem.model.Waiver;

/** Every report format, each checked by what consumes it: schemas for JSON and SARIF, a JUnit XML reader. */
class ReportTest {
  static final Chapter CH1 = new Chapter("ch1", "chapters/de/ch1.md", Lang.DE);
  static final Chapter CH2 = new Chapter("ch2", "chapters/tr/ch2.md", Lang.TR);
  static final Segment S3 = new Segment("s3", 1, Content.text("📌 Die Kommune hilft."),
      Content.text("Şehir yardım ediyor."), State.TRANSLATED);
  static final Segment S4 = new Segment("s4", 2, Content.text("Die Kommune"), Content.text("Komün"), State.REVIEWED);
  static final Segment P12 = Segment.untranslated("p1-2", 1, Content.text("Belediye"));
  static final Finding MISSING = new Finding("ch1", "s3", "term-missing", Severity.ERROR, "Kommune", "kommune",
      "\"Kommune\" in the source needs \"belediye\" in the target", List.of(new Span(7, 14)), List.of());
  static final Finding UNTRANSLATED = new Finding("ch2", "p1-2", "untranslated", Severity.WARNING, "", "",
      "not translated yet");
  static final Finding WAIVED = new Finding("ch1", "s4", "term-forbidden", Severity.ERROR, "komün", "kommune",
      "\"komün\" is forbidden here; use \"belediye\"", List.of(), List.of(new Span(0, 5)));
  static final CheckResult RESULT = new CheckResult(List.of(MISSING, UNTRANSLATED), 3, 2,
      List.of(new CheckResult.Waived(WAIVED, new Waiver("term-forbidden", "kommune", "quoted leaflet, \"1978\""))), 0,
      List.of(new ChapterSegments(CH1, List.of(S3, S4)), new ChapterSegments(CH2, List.of(P12))));
  static final ReportOptions LINES = new ReportOptions(false, FailOn.ERROR,
      (chapter, unit) -> unit.equals("s3") ? 12 : 0, "1.2.3");

  static String write(Report report, CheckResult result, ReportOptions options) throws IOException {
    StringWriter out = new StringWriter();
    report.write(result, options, out);
    return out.toString();
  }

  @Test
  void everyFormatNameGivesItsReport() {
    for (String format : Report.FORMATS) {
      assertEquals(format, Report.of(format).format());
    }
  }

  @Test
  void textReportMarksTheMatchedWordsAndListsWaivedFindings() throws IOException {
    assertEquals("""
        ch1:s3: error: [term-missing] "Kommune" in the source needs "belediye" in the target
            de  📌 Die [Kommune] hilft.
            tr  Şehir yardım ediyor.
        ch2:p1-2: warning: [untranslated] not translated yet
        ch1:s4: waived: [term-forbidden] "komün" is forbidden here; use "belediye" (quoted leaflet, "1978")
        1 error, 1 warning in 2 chapters; 1 waived
        """, write(new TextReport(), RESULT, ReportOptions.DEFAULT));
  }

  @Test
  void textReportColoursOnlyWhenAllowed() throws IOException {
    String plain = write(new TextReport(), RESULT, ReportOptions.DEFAULT);
    assertFalse(plain.contains("\u001b["));
    String coloured = write(new TextReport(), RESULT, new ReportOptions(true, FailOn.ERROR, null, null));
    assertTrue(coloured.contains("\u001b[1;31merror\u001b[0m"), coloured);
    assertTrue(coloured.contains("Die \u001b[1;4mKommune\u001b[0m hilft"), coloured);
  }

  @Test
  void textReportOfACleanRunIsTheSummaryOnly() throws IOException {
    assertEquals("0 errors, 0 warnings in 1 chapter\n",
        write(new TextReport(), new CheckResult(List.of(), 3, 1), ReportOptions.DEFAULT));
  }

  @Test
  void jsonReportFollowsItsSchemaWithSpansInCodePoints() throws IOException {
    String json = write(new JsonReport(), RESULT, LINES);
    assertEquals(1, json.lines().count(), "one line, ending with a line break");
    String schema = Files.readString(Path.of("docs/check-report.schema.json"));
    assertEquals(Set.of(), validate(schema, json));
    assertFalse(validate(schema, json.replace("\"severity\":\"error\"", "\"severity\":\"fatal\"")).isEmpty());
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(List.of("findings", "waived", "summary"), names(root));
    JsonNode first = root.get("findings").get(0);
    assertEquals(List.of("chapter", "unit", "rule", "severity", "term", "entry", "message", "file", "line", "source",
        "target"), names(first));
    assertEquals("chapters/de/ch1.md", first.get("file").asText());
    assertEquals(12, first.get("line").asInt());
    JsonNode span = first.get("source").get("spans").get(0);
    assertEquals(List.of(6, 13, "Kommune"), List.of(span.get("start").asInt(), span.get("end").asInt(),
        span.get("text").asText()), "the pin is one code point, two UTF-16 units");
    assertEquals("tr", first.get("target").get("lang").asText());
    assertEquals("quoted leaflet, \"1978\"", root.get("waived").get(0).get("reason").asText());
    assertEquals(List.of("errors", "warnings", "infos", "segments", "chapters", "waived", "baselined"),
        names(root.get("summary")));
  }

  @Test
  void jsonReportOfACleanRun() throws IOException {
    assertEquals("{\"findings\":[],\"waived\":[],\"summary\":{\"errors\":0,\"warnings\":0,\"infos\":0,"
        + "\"segments\":0,\"chapters\":0,\"waived\":0,\"baselined\":0}}\n",
        write(new JsonReport(), new CheckResult(List.of(), 0, 0), ReportOptions.DEFAULT));
  }

  @Test
  void sarifReportIsValidSarif210() throws IOException {
    String sarif = write(new SarifReport(), RESULT, LINES);
    String schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(Set.of(), validate(schema, sarif));
    assertFalse(validate(schema, sarif.replace("\"level\" : \"error\"", "\"level\" : \"fatal\"")).isEmpty(),
        "the schema check does reject what is not SARIF");
    JsonNode results = new ObjectMapper().readTree(sarif).get("runs").get(0).get("results");
    assertEquals(3, results.size(), "one result per finding, the waived one included");
    JsonNode first = results.get(0);
    assertEquals("term-missing", first.get("ruleId").asText());
    assertEquals("error", first.get("level").asText());
    JsonNode location = first.get("locations").get(0).get("physicalLocation");
    assertEquals("chapters/de/ch1.md", location.get("artifactLocation").get("uri").asText());
    assertEquals(12, location.get("region").get("startLine").asInt());
    assertFalse(results.get(1).get("locations").get(0).get("physicalLocation").has("region"), "no line known");
    assertEquals("quoted leaflet, \"1978\"", results.get(2).get("suppressions").get(0).get("justification").asText());
  }

  @Test
  void sarifMarksNewFindingsWhenABaselineIsUsed() throws IOException {
    CheckResult withBaseline = RESULT.without(Baseline.parse(
        "{\"tandem-baseline\": 1, \"findings\": [{\"chapter\": \"ch2\", \"unit\": \"p1-2\", \"rule\": \"untranslated\", "
            + "\"entry\": \"\", \"term\": \"\"}]}", "b.json"));
    JsonNode results = new ObjectMapper().readTree(write(new SarifReport(), withBaseline, LINES))
        .get("runs").get(0).get("results");
    assertEquals("new", results.get(0).get("baselineState").asText());
    assertEquals(2, results.size());
  }

  @Test
  void junitReportIsReadByAJUnitXmlReaderWithOneTestCasePerUnit() throws Exception {
    String xml = write(new JUnitReport(), RESULT, LINES);
    List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger())
        .parse(new InputStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8));
    assertEquals(List.of("ch1", "ch2"), suites.stream().map(ReportTestSuite::getFullClassName).toList());
    ReportTestSuite ch1 = suites.get(0);
    assertEquals(2, ch1.getNumberOfTests());
    assertEquals(1, ch1.getNumberOfFailures());
    ReportTestCase s3 = ch1.getTestCases().get(0);
    assertEquals("s3", s3.getName());
    assertTrue(s3.hasFailure());
    assertEquals("term-missing", s3.getFailureType());
    assertFalse(ch1.getTestCases().get(1).hasFailure(), "a waived finding does not fail");
    assertFalse(suites.get(1).getTestCases().get(0).hasFailure(), "a warning does not fail with --fail-on error");
    String strict = write(new JUnitReport(), RESULT, new ReportOptions(false, FailOn.WARNING, null, null));
    List<ReportTestSuite> again = new TestSuiteXmlParser(new NullConsoleLogger()).parse(new InputStreamReader(
        new ByteArrayInputStream(strict.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    assertTrue(again.get(1).getTestCases().get(0).hasFailure(), "but does with --fail-on warning");
  }

  @Test
  void githubReportWritesWorkflowCommandsWithEscapedText() throws IOException {
    Finding odd = new Finding("ch1", "s3", "term-missing", Severity.ERROR, "a", "b", "100% sure,\nreally: yes");
    CheckResult result = new CheckResult(List.of(odd, UNTRANSLATED), 3, 2, List.of(), 0, RESULT.checked());
    assertEquals("""
        ::error file=chapters/de/ch1.md,line=12,title=tandem term-missing (ch1%3As3)::100%25 sure,%0Areally: yes
        ::warning file=chapters/tr/ch2.md,title=tandem untranslated (ch2%3Ap1-2)::not translated yet
        1 error, 1 warning in 2 chapters
        """, write(new GithubReport(), result, LINES));
  }

  @Test
  void baselineRoundTripsAndIdentifiesFindingsWithoutMessages() {
    Baseline baseline = Baseline.of(RESULT);
    String text = baseline.format();
    assertEquals("""
        {
          "tandem-baseline": 1,
          "findings": [
            {"chapter": "ch1", "unit": "s3", "rule": "term-missing", "entry": "kommune", "term": "Kommune"},
            {"chapter": "ch2", "unit": "p1-2", "rule": "untranslated", "entry": "", "term": ""}
          ]
        }
        """, text);
    Baseline back = Baseline.parse(text, "b.json");
    assertEquals(baseline.keys(), back.keys());
    assertTrue(back.contains(MISSING.withSeverity(Severity.WARNING)), "severity is not part of the identity");
    CheckResult rest = RESULT.without(back);
    assertEquals(List.of(), rest.findings());
    assertEquals(2, rest.baselined());
    assertEquals("0 errors, 0 warnings in 2 chapters; 1 waived; 2 known from the baseline", rest.summary());
  }

  static Set<ValidationMessage> validate(String schema, String json) throws IOException {
    JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
    return s.validate(new ObjectMapper().readTree(json));
  }

  static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
