package org.dualuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code diff} command lands; replaced by the issue that builds it. */
@Command(name = "diff", description = "(not yet available)", hidden = true)
final class DiffCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dualuse diff: not yet available in this build");
    return DualUseCommand.BAD_INPUT;
  }
}
