package org.tandem.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
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
        settings.path("glossary").asText(""), settings.path("segmentation").asText(""));
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
