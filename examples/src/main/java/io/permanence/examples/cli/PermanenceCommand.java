package io.permanence.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code permanence} command line program: the library's main job in one command, and its
 * everyday uses on an authority's own data.
 *
 * <p>Exit codes: 0 success, 1 findings (from {@code validate}), 2 bad input or usage. An error is
 * one line on standard error; {@code --verbose} adds the stack trace.
 */
@Command(
    name = "permanence",
    mixinStandardHelpOptions = true,
    version = "permanence 0.1.0-SNAPSHOT",
    description = "Panel agendas, deadlines, drift and trackers for children in care, each cited.",
    subcommands = {
      DemoCommand.class,
      ImportCommand.class,
      ValidateCommand.class,
      AgendaCommand.class,
      TrackerCommand.class,
      DriftCommand.class,
      ExplainCommand.class,
      ReportCommand.class,
      DeadlineCommand.class,
      CalendarCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PermanenceCommand {

  /** Exit code for success. */
  public static final int OK = 0;

  /** Exit code when {@code validate} found problems in the input. */
  public static final int FINDINGS = 1;

  /** Exit code for bad input or usage. */
  public static final int BAD_INPUT = 2;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean verbose;

  /**
   * Runs the program.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the program with the given output streams, as a test would.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new PermanenceCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(e -> BAD_INPUT);
    commandLine.setParameterExceptionHandler(
        (e, arguments) -> {
          err.println("permanence: " + e.getMessage());
          err.println("Try 'permanence " + e.getCommandLine().getCommandName() + " --help'.");
          return BAD_INPUT;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          boolean verbose =
              cmd.getCommandSpec().root().findOption("--verbose") != null
                  && Boolean.TRUE.equals(
                      cmd.getCommandSpec().root().findOption("--verbose").getValue());
          err.println("permanence: " + oneLine(e));
          if (verbose) {
            e.printStackTrace(err);
          }
          return BAD_INPUT;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace('\n', ' ').replace('\r', ' ');
  }
}
