package org.dualuse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.dualuse.core.DualUseException;
import org.dualuse.lists.ControlLists;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dualuse} command: {@code java -jar cli/target/dualuse.jar COMMAND}.
 *
 * <p>Every command exits 0 on success and 2 on bad input, with a one-line message on stderr;
 * {@code --json} prints one JSON document on stdout.
 */
@Command(
    name = "dualuse",
    mixinStandardHelpOptions = true,
    versionProvider = DualUseCommand.Version.class,
    description = "Reads the EU dual-use list (Annex I of Regulation (EU) 2021/821) and classifies products against it.",
    subcommands = {
      ListsCommand.class,
      StatsCommand.class,
      ShowCommand.class,
      SearchCommand.class,
      ClassifyCommand.class,
      EvalCommand.class,
      DiffCommand.class,
      RescreenCommand.class,
      SummaryCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DualUseCommand implements java.util.concurrent.Callable<Integer> {

  /** Exit code for bad input: unknown code, unreadable file, malformed option. */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The most characters of a message on stderr; a longer one (quoting a huge input) is cut. */
  static final int MAX_MESSAGE = 300;

  /** Without a command there is nothing to do: bad input, one line naming the commands. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("dualuse: missing command: one of " + String.join(", ", spec.subcommands().keySet())
        + " (see dualuse --help)");
    err.flush();
    return BAD_INPUT;
  }

  public static void main(String[] args) {
    // a command is one short process: a list that must be parsed (no snapshot of this code) gets the
    // parser's warm-up beside its reading; with the build's snapshots nothing is started
    ControlLists.preload();
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new DualUseCommand());
    cl.setExecutionExceptionHandler(DualUseCommand::handleFailure);
    // a malformed argument gets the one line the README promises, not the whole usage
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine at = e.getCommandLine();
      PrintWriter err = at.getErr();
      err.println(commandPath(at) + ": " + oneLine(e.getMessage()) + " (see " + commandPath(at) + " --help)");
      err.flush();
      return BAD_INPUT;
    });
    return cl;
  }

  private static int handleFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof DualUseException || e instanceof IllegalArgumentException || e instanceof IOException
        || e instanceof java.io.UncheckedIOException || e instanceof java.util.NoSuchElementException) {
      err.println("dualuse " + cl.getCommandName() + ": " + oneLine(e.getMessage()));
      err.flush();
      return BAD_INPUT;
    }
    err.println("dualuse " + cl.getCommandName() + ": internal error: " + oneLine(String.valueOf(e)));
    e.printStackTrace(err);
    err.flush();
    return 1;
  }

  private static String commandPath(CommandLine cl) {
    return cl.getParent() == null ? "dualuse" : "dualuse " + cl.getCommandName();
  }

  /** A message on one line, cut to {@value #MAX_MESSAGE} characters. */
  static String oneLine(String message) {
    if (message == null) {
      return "failed";
    }
    String s = message.replace('\n', ' ').replace('\r', ' ').strip();
    return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "... (" + s.length() + " characters)";
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = DualUseCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"dualuse " + p.getProperty("version", "unknown")};
    }
  }
}
