package org.tandem.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Set;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.Severity;
import org.tandem.model.TandemException;

/** Reads and writes {@code tandem.json}, deterministically. */
public final class WorkspaceConfigJson {
  private WorkspaceConfigJson() {}

  /** The file's text for a configuration. */
  public static String write(WorkspaceConfig config) {
    ObjectNode root = SegmentStoreJson.MAPPER.createObjectNode();
    root.put("name", config.name());
    ArrayNode languages = root.putArray("languages");
    for (Lang lang : Lang.values()) {
      languages.add(lang.code());
    }
    ObjectNode settings = root.putObject("settings");
    settings.put("glossary", config.glossary());
    settings.put("segmentation", config.segmentation());
    if (!config.abbreviations().isEmpty()) {
      ObjectNode abbreviations = settings.putObject("abbreviations");
      for (Lang lang : Lang.values()) {
        if (config.abbreviations().containsKey(lang)) {
          ArrayNode list = abbreviations.putArray(lang.code());
          config.abbreviations().get(lang).forEach(list::add);
        }
      }
    }
    if (!config.severities().isEmpty()) {
      ObjectNode severities = settings.putObject("severities");
      new TreeMap<>(config.severities()).forEach((rule, severity) -> severities.put(rule, severity.id()));
    }
    ArrayNode chapters = root.putArray("chapters");
    for (Chapter chapter : config.chapters()) {
      ObjectNode node = chapters.addObject();
      node.put("id", chapter.id());
      node.put("file", chapter.file());
      node.put("sourceLang", chapter.sourceLang().code());
    }
    return SegmentStoreJson.pretty(root);
  }

  /** Parses tandem.json; {@code displayName} names it in errors. */
  public static WorkspaceConfig read(String json, String displayName) {
    JsonNode root;
    try {
      root = SegmentStoreJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new TandemException(displayName, line, "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new TandemException(displayName, 1, "expected a JSON object with \"chapters\"");
    }
    JsonNode settings = root.path("settings");
    return new WorkspaceConfig(root.path("name").asText(""), chapters(root.path("chapters"), displayName),
        settings.path("glossary").asText(""), settings.path("segmentation").asText(""),
        abbreviations(settings.path("abbreviations"), displayName), severities(settings.path("severities"), displayName));
  }

  private static Map<Lang, List<String>> abbreviations(JsonNode node, String displayName) {
    Map<Lang, List<String>> result = new EnumMap<>(Lang.class);
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      List<String> list = new ArrayList<>();
      for (JsonNode item : e.getValue()) {
        if (!item.isTextual() || item.asText().isBlank()) {
          throw new TandemException(displayName, 0, "settings.abbreviations." + e.getKey()
              + " must be a list of abbreviations such as \"Bez.\"");
        }
        list.add(item.asText().strip());
      }
      result.put(parseLang(e.getKey(), "settings.abbreviations", displayName), list);
    }
    return result;
  }

  private static Map<String, Severity> severities(JsonNode node, String displayName) {
    Map<String, Severity> result = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      try {
        result.put(e.getKey(), Severity.valueOf(e.getValue().asText("").toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException ex) {
        throw new TandemException(displayName, 0, "settings.severities." + e.getKey()
            + " must be error, warning or info, not '" + e.getValue().asText() + "'");
      }
    }
    return result;
  }

  private static Lang parseLang(String code, String where, String displayName) {
    try {
      return Lang.parse(code);
    } catch (IllegalArgumentException e) {
      throw new TandemException(displayName, 0, where + ": " + e.getMessage());
    }
  }

  private static List<Chapter> chapters(JsonNode array, String displayName) {
    List<Chapter> chapters = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode node : array) {
      try {
        Chapter chapter = new Chapter(node.path("id").asText(""), node.path("file").asText(""),
            Lang.parse(node.path("sourceLang").asText("")));
        if (!ids.add(chapter.id())) {
          throw new IllegalArgumentException("chapter id '" + chapter.id() + "' is registered twice");
        }
        chapters.add(chapter);
      } catch (IllegalArgumentException e) {
        throw new TandemException(displayName, 0, "chapter " + (chapters.size() + 1) + ": " + e.getMessage());
      }
    }
    return chapters;
  }
}
