package org.tandem.cli;

import java.util.Map;

/** Whether output may be coloured: only on a terminal, never when NO_COLOR is set (no-color.org). */
final class Terminal {
  private Terminal() {}

  /**
   * Decides colour for a {@code --color} mode: {@code always} and {@code never} are obeyed;
   * {@code auto} colours only when writing to a terminal whose TERM is not {@code dumb} and
   * NO_COLOR is unset or empty.
   */
  static boolean colour(String mode, Map<String, String> env, boolean terminal) {
    return switch (mode) {
      case "always" -> true;
      case "never" -> false;
      default -> terminal && env.getOrDefault("NO_COLOR", "").isEmpty()
          && !"dumb".equals(env.getOrDefault("TERM", ""));
    };
  }

  /** True when standard output is an interactive terminal. */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ reports a console for redirected output too; isTerminal() tells them apart
      return (boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22 a console exists only for a terminal
    }
  }
}
