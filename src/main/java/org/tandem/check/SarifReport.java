package org.tandem.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Severity;
import org.tandem.model.Waiver;

/**
 * Check results as SARIF 2.1.0, which code-scanning services (GitHub, GitLab, Azure DevOps) read:
 * one run, the rules with their default levels, one result per finding with a location in the
 * chapter's source file (the line where known) and the unit as a logical location. Waived
 * findings are included with a suppression carrying the reviewer's reason; with a baseline, the
 * remaining results are marked {@code new}. A fingerprint from chapter, unit, rule, entry and
 * term lets a service recognise the same finding in the next run.
 */
public final class SarifReport implements Report {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public void write(CheckResult result, ReportOptions options, Writer out) throws IOException {
    List<CheckRule> rules = Rules.all();
    ReportIndex index = new ReportIndex(result);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      tool(json, rules, options);
      json.writeArrayFieldStart("results");
      for (Finding f : result.findings()) {
        result(json, f, null, rules, index, options, result.baselined() > 0);
      }
      for (CheckResult.Waived w : result.waived()) {
        result(json, w.finding(), w.waiver(), rules, index, options, false);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void tool(JsonGenerator json, List<CheckRule> rules, ReportOptions options) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "tandem");
    json.writeStringField("version", options.toolVersion());
    json.writeArrayFieldStart("rules");
    for (CheckRule rule : rules) {
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      json.writeObjectFieldStart("shortDescription");
      json.writeStringField("text", rule.description());
      json.writeEndObject();
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(rule.defaultSeverity()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void result(JsonGenerator json, Finding f, Waiver waiver, List<CheckRule> rules,
      ReportIndex index, ReportOptions options, boolean baselineInUse) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.rule());
    int ruleIndex = rules.stream().map(CheckRule::id).toList().indexOf(f.rule());
    if (ruleIndex >= 0) {
      json.writeNumberField("ruleIndex", ruleIndex);
    }
    json.writeStringField("level", level(f.severity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", f.message());
    json.writeEndObject();
    location(json, f, index, options);
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField("tandemFinding/v1", fingerprint(f));
    json.writeEndObject();
    if (waiver != null) {
      json.writeArrayFieldStart("suppressions");
      json.writeStartObject();
      json.writeStringField("kind", "external");
      json.writeStringField("justification", waiver.reason());
      json.writeEndObject();
      json.writeEndArray();
    } else if (baselineInUse) {
      json.writeStringField("baselineState", "new");
    }
    properties(json, f);
    json.writeEndObject();
  }

  private static void location(JsonGenerator json, Finding f, ReportIndex index, ReportOptions options)
      throws IOException {
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", index.file(f.chapter()));
    json.writeEndObject();
    int line = options.lines().line(f.chapter(), f.unit());
    if (line > 0) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", line);
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeArrayFieldStart("logicalLocations");
    json.writeStartObject();
    json.writeStringField("name", f.unit());
    json.writeStringField("fullyQualifiedName", f.chapter() + "/" + f.unit());
    json.writeStringField("kind", "element");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void properties(JsonGenerator json, Finding f) throws IOException {
    json.writeObjectFieldStart("properties");
    json.writeStringField("chapter", f.chapter());
    json.writeStringField("unit", f.unit());
    json.writeStringField("term", f.term());
    json.writeStringField("entry", f.entry());
    json.writeEndObject();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String fingerprint(Finding f) {
    String key = String.join("\u0000", f.chapter(), f.unit(), f.rule(), f.entry(), f.term());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
