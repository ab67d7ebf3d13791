package org.tandem.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.Publication;
import org.tandem.model.Severity;
import org.tandem.model.TandemException;

/** Reads and writes {@code tandem.json}, deterministically. */
public final class WorkspaceConfigJson {
  private WorkspaceConfigJson() {}

  /** The file's text for a configuration. */
  public static String write(WorkspaceConfig config) {
    return Json.text(g -> write(g, config));
  }

  private static void write(JsonGenerator g, WorkspaceConfig config) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", config.name());
    writePublication(g, config.publication());
    g.writeArrayFieldStart("languages");
    for (Lang lang : Lang.values()) {
      g.writeString(lang.code());
    }
    g.writeEndArray();
    g.writeObjectFieldStart("settings");
    g.writeStringField("glossary", config.glossary());
    g.writeStringField("segmentation", config.segmentation());
    if (!config.abbreviations().isEmpty()) {
      g.writeObjectFieldStart("abbreviations");
      for (Lang lang : Lang.values()) {
        if (config.abbreviations().containsKey(lang)) {
          g.writeArrayFieldStart(lang.code());
          for (String abbreviation : config.abbreviations().get(lang)) {
            g.writeString(abbreviation);
          }
          g.writeEndArray();
        }
      }
      g.writeEndObject();
    }
    if (!config.severities().isEmpty()) {
      g.writeObjectFieldStart("severities");
      for (Map.Entry<String, Severity> e : new TreeMap<>(config.severities()).entrySet()) {
        g.writeStringField(e.getKey(), e.getValue().id());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("chapters");
    for (Chapter chapter : config.chapters()) {
      g.writeStartObject();
      g.writeStringField("id", chapter.id());
      g.writeStringField("file", chapter.file());
      g.writeStringField("sourceLang", chapter.sourceLang().code());
      if (!chapter.format().isEmpty()) {
        g.writeStringField("format", chapter.format());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The optional title page fields, in a fixed order, only those that are set. */
  private static void writePublication(JsonGenerator g, Publication publication) throws IOException {
    if (!publication.title().isEmpty()) {
      g.writeObjectFieldStart("title");
      for (Lang lang : Lang.values()) {
        if (publication.title().containsKey(lang)) {
          g.writeStringField(lang.code(), publication.title().get(lang));
        }
      }
      g.writeEndObject();
    }
    if (!publication.authors().isEmpty()) {
      g.writeArrayFieldStart("authors");
      for (String author : publication.authors()) {
        g.writeString(author);
      }
      g.writeEndArray();
    }
    if (!publication.date().isEmpty()) {
      g.writeStringField("date", publication.date());
    }
  }

  /** Parses tandem.json; {@code displayName} names it in errors. */
  public static WorkspaceConfig read(String json, String displayName) {
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      return new Reader(p, displayName).read();
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new TandemException(displayName, line, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One reading of the file, field by field. */
  private static final class Reader {
    private final JsonParser p;
    private final String displayName;
    private String name = "";
    private String glossary = "";
    private String segmentation = "";
    private final Map<Lang, List<String>> abbreviations = new EnumMap<>(Lang.class);
    private final Map<String, Severity> severities = new TreeMap<>();
    private final List<Chapter> chapters = new ArrayList<>();
    private final Map<Lang, String> title = new EnumMap<>(Lang.class);
    private final List<String> authors = new ArrayList<>();
    private String date = "";

    Reader(JsonParser p, String displayName) {
      this.p = p;
      this.displayName = displayName;
    }

    WorkspaceConfig read() throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new TandemException(displayName, 1, "expected a JSON object with \"chapters\"");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "name" -> name = Json.text(p, "");
          case "title" -> title();
          case "authors" -> authors();
          case "date" -> date = Json.text(p, "");
          case "settings" -> settings();
          case "chapters" -> chapters();
          default -> p.skipChildren();
        }
      }
      p.nextToken(); // reports text after the object as invalid JSON
      return new WorkspaceConfig(name, chapters, glossary, segmentation, abbreviations, severities,
          new Publication(title, authors, date));
    }

    private void title() throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new TandemException(displayName, line(), "\"title\" must be an object such as {\"de\": \"...\", \"tr\": \"...\"}");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String code = p.currentName();
        p.nextToken();
        title.put(parseLang(code, "title"), Json.text(p, ""));
      }
    }

    private void authors() throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw new TandemException(displayName, line(), "\"authors\" must be a list of names");
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String author = Json.text(p, "");
        if (!author.isBlank()) {
          authors.add(author.strip());
        }
      }
    }

    private int line() {
      return p.currentLocation() == null ? 0 : p.currentLocation().getLineNr();
    }

    private void settings() throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "glossary" -> glossary = Json.text(p, "");
          case "segmentation" -> segmentation = Json.text(p, "");
          case "abbreviations" -> abbreviations();
          case "severities" -> severities();
          default -> p.skipChildren();
        }
      }
    }

    private void abbreviations() throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String code = p.currentName();
        List<String> list = new ArrayList<>();
        if (p.nextToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            String item = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
            if (item == null || item.isBlank()) {
              throw new TandemException(displayName, 0, "settings.abbreviations." + code
                  + " must be a list of abbreviations such as \"Bez.\"");
            }
            list.add(item.strip());
          }
        } else {
          p.skipChildren();
        }
        abbreviations.put(parseLang(code, "settings.abbreviations"), list);
      }
    }

    private void severities() throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String rule = p.currentName();
        p.nextToken();
        String value = Json.text(p, "");
        try {
          severities.put(rule, Severity.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new TandemException(displayName, 0, "settings.severities." + rule
              + " must be error, warning or info, not '" + value + "'");
        }
      }
    }

    private void chapters() throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        p.skipChildren();
        return;
      }
      Set<String> ids = new HashSet<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String id = "";
        String file = "";
        String lang = "";
        String format = "";
        if (p.currentToken() == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String value = Json.text(p, "");
            switch (field) {
              case "id" -> id = value;
              case "file" -> file = value;
              case "sourceLang" -> lang = value;
              case "format" -> format = value;
              default -> { }
            }
          }
        } else {
          p.skipChildren();
        }
        try {
          Chapter chapter = new Chapter(id, file, Lang.parse(lang), format);
          if (!ids.add(chapter.id())) {
            throw new IllegalArgumentException("chapter id '" + chapter.id() + "' is registered twice");
          }
          chapters.add(chapter);
        } catch (IllegalArgumentException e) {
          throw new TandemException(displayName, 0, "chapter " + (chapters.size() + 1) + ": " + e.getMessage());
        }
      }
    }

    private Lang parseLang(String code, String where) {
      try {
        return Lang.parse(code);
      } catch (IllegalArgumentException e) {
        throw new TandemException(displayName, 0, where + ": " + e.getMessage());
      }
    }
  }
}
