package org.tandem.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.tandem.log.LibraryLog;
import org.tandem.model.TandemException;
import picocli.CommandLine;

/** The command-line entry point: parses arguments, runs one command, returns its exit code. */
public final class Main {
  /** Success. */
  public static final int OK = 0;
  /** A check found errors, an import was refused, a build was incomplete. */
  public static final int FAILED = 1;
  /** Bad usage or unreadable input. */
  public static final int USAGE = 2;

  private Main() {}

  /** Runs tandem and exits with its exit code. */
  public static void main(String[] args) {
    // tandem's options take no dates, times or JDBC types: picocli need not load and register their
    // converters, which is a tenth of its start-up
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    }
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Runs tandem with the given output streams (tests capture them) and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new TandemCommand());
    registerSubcommands(cli, args);
    cli.setOut(out);
    cli.setErr(err);
    // the libraries' own log lines reach the terminal only with --verbose, as tandem's notes
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    LibraryLog.to(verbose ? line -> err.println("tandem: note: " + line) : null);
    cli.setExecutionExceptionHandler(Main::handle);
    cli.setParameterExceptionHandler((ex, argv) -> {
      err.println("tandem: " + ex.getMessage());
      err.println("Try 'tandem " + commandPath(ex.getCommandLine()) + "--help' for usage.");
      return USAGE;
    });
    int code;
    try {
      code = cli.execute(args);
    } finally {
      LibraryLog.to(null);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Registers the subcommand named first in {@code args}, or all of them for help and errors. */
  private static void registerSubcommands(CommandLine cli, String[] args) {
    int at = 0;
    while (at < args.length && args[at].equals("--verbose")) {
      at++;
    }
    String first = at < args.length ? args[at] : "";
    if (first.equals("-V") || first.equals("--version")) {
      return;
    }
    for (Class<?> type : TandemCommand.SUBCOMMANDS) {
      String name = type.getAnnotation(picocli.CommandLine.Command.class).name();
      if (name.equals(first) && !name.equals("help")) {
        cli.addSubcommand(type);
        return;
      }
    }
    TandemCommand.SUBCOMMANDS.forEach(cli::addSubcommand);
  }

  /** The whole command tree with every subcommand registered, for the generated completion and man pages. */
  static CommandLine fullCommandLine() {
    CommandLine cli = new CommandLine(new TandemCommand());
    TandemCommand.SUBCOMMANDS.forEach(cli::addSubcommand);
    return cli;
  }

  private static String commandPath(CommandLine cmd) {
    String path = cmd.getCommandSpec().qualifiedName(" ");
    path = path.startsWith("tandem") ? path.substring("tandem".length()).strip() : path;
    return path.isEmpty() ? "" : path + " ";
  }

  private static int handle(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean verbose = parsed != null && isVerbose(parsed);
    if (ex instanceof TandemException te) {
      err.println("tandem: " + te.located());
      if (verbose) {
        ex.printStackTrace(err);
      }
      return USAGE;
    }
    err.println("tandem: internal error: " + ex);
    err.println("(please report this; run with --verbose for details)");
    if (verbose) {
      ex.printStackTrace(err);
    }
    return USAGE;
  }

  private static boolean isVerbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
