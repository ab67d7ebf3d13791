package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem waive}: waivers kept in the store, honoured by check, listed and removed. */
class WaiveCommandTest {
  @TempDir Path dir;
  Path ws;

  @BeforeEach
  void plantAFalseFriend() throws IOException {
    ws = Workspaces.sample(dir.resolve("ws"));
    Path store = ws.resolve("segments/altena-ehrenamt.json");
    Files.writeString(store, Files.readString(store).replace("bir belediye için", "bir komün için"));
  }

  @Test
  void aWaivedFindingNoLongerFailsTheCheck() throws IOException {
    assertEquals(1, tandem(ws, "check", "altena-ehrenamt").exit());
    CliRun waive = tandem(ws, "waive", "altena-ehrenamt", "s6", "term-forbidden", "--entry", "kommune",
        "--reason", "quotes the name of a 1970s commune");
    assertEquals(0, waive.exit(), waive.toString());
    assertTrue(Files.readString(ws.resolve("segments/altena-ehrenamt.json"))
        .contains("\"reason\" : \"quotes the name of a 1970s commune\""));
    assertEquals(0, tandem(ws, "waive", "altena-ehrenamt", "s6", "term-missing", "--entry", "kommune",
        "--reason", "the commune is meant, not the municipality").exit());
    CliRun check = tandem(ws, "check", "altena-ehrenamt");
    assertEquals(0, check.exit(), check.toString());
    assertTrue(check.out().contains("altena-ehrenamt:s6: waived: [term-forbidden]"), check.out());
    CliRun list = tandem(ws, "waive", "--list");
    assertTrue(list.out().contains("altena-ehrenamt:s6: Check waived: term-forbidden (kommune): quotes the name"),
        list.out());
    assertTrue(list.out().strip().endsWith("2 waivers"), list.out());
    assertEquals(0, tandem(ws, "waive", "--remove", "altena-ehrenamt", "s6", "term-forbidden").exit());
    assertEquals(1, tandem(ws, "check", "altena-ehrenamt").exit());
  }

  @Test
  void refusesUnknownRulesUnitsEntriesAndMissingReasons() {
    assertEquals(2, tandem(ws, "waive", "altena-ehrenamt", "s6", "term-wrong", "--reason", "x").exit());
    CliRun unit = tandem(ws, "waive", "altena-ehrenamt", "s999", "term-missing", "--reason", "x");
    assertEquals(2, unit.exit());
    assertTrue(unit.err().contains("unit s999: chapter 'altena-ehrenamt' has no unit s999"), unit.err());
    assertEquals(2, tandem(ws, "waive", "altena-ehrenamt", "s6", "term-missing", "--entry", "nope", "--reason", "x")
        .exit());
    CliRun reason = tandem(ws, "waive", "altena-ehrenamt", "s6", "term-missing");
    assertEquals(2, reason.exit());
    assertTrue(reason.err().contains("a waiver needs --reason TEXT"), reason.err());
  }
}
