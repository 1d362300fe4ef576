package org.dualuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code classify} command lands; replaced by the issue that builds it. */
@Command(name = "classify", description = "(not yet available)", hidden = true)
final class ClassifyCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dualuse classify: not yet available in this build");
    return DualUseCommand.BAD_INPUT;
  }
}
