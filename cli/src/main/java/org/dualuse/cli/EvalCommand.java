package org.dualuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code eval} command lands; replaced by the issue that builds it. */
@Command(name = "eval", description = "(not yet available)", hidden = true)
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dualuse eval: not yet available in this build");
    return DualUseCommand.BAD_INPUT;
  }
}
