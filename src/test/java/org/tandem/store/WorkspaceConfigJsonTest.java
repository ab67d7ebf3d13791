package org.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.model.Lang;
import org.tandem.model.Publication;
import org.tandem.model.TandemException;

class WorkspaceConfigJsonTest {
  @Test
  void titlePageFieldsAreReadAndWrittenBackUnchanged() throws Exception {
    String sample = Files.readString(Path.of("tandem.json"));
    WorkspaceConfig config = WorkspaceConfigJson.read(sample, "tandem.json");
    Publication p = config.publication();
    assertEquals("Yerinde Uyum: Almanya ve Türkiye’de Belediyeler", p.title().get(Lang.TR));
    assertEquals(2, p.authors().size());
    assertEquals("Dezember 2026 / Aralık 2026", p.date());
    assertEquals(sample, WorkspaceConfigJson.write(config), "deterministic: the sample is written as it is");
  }

  @Test
  void withoutTitlePageFieldsNothingIsWritten() {
    WorkspaceConfig config = new WorkspaceConfig("X", List.of(), "", "");
    assertTrue(config.publication().isEmpty());
    String json = WorkspaceConfigJson.write(config);
    assertFalse(json.contains("\"title\"") || json.contains("authors") || json.contains("date"), json);
    WorkspaceConfig withTitle = new WorkspaceConfig("X", List.of(), "", "", Map.of(), Map.of(),
        new Publication(Map.of(Lang.DE, "Titel"), List.of(), ""));
    assertTrue(WorkspaceConfigJson.write(withTitle).contains("\"title\" : {\n    \"de\" : \"Titel\"\n  }"));
  }

  @Test
  void aTitleThatIsNotAnObjectIsAnError() {
    TandemException e = assertThrows(TandemException.class,
        () -> WorkspaceConfigJson.read("{\"title\": \"Titel\", \"chapters\": []}", "tandem.json"));
    assertTrue(e.getMessage().contains("\"title\" must be an object"), e.getMessage());
  }
}
