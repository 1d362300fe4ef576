package org.dualuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code lists} command lands; replaced by the issue that builds it. */
@Command(name = "lists", description = "(not yet available)", hidden = true)
final class ListsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dualuse lists: not yet available in this build");
    return DualUseCommand.BAD_INPUT;
  }
}
