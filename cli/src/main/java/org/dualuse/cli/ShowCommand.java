package org.dualuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code show} command lands; replaced by the issue that builds it. */
@Command(name = "show", description = "(not yet available)", hidden = true)
final class ShowCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dualuse show: not yet available in this build");
    return DualUseCommand.BAD_INPUT;
  }
}
