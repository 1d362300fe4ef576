package org.dualuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code stats} command lands; replaced by the issue that builds it. */
@Command(name = "stats", description = "(not yet available)", hidden = true)
final class StatsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dualuse stats: not yet available in this build");
    return DualUseCommand.BAD_INPUT;
  }
}
