package org.dualuse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code search} command lands; replaced by the issue that builds it. */
@Command(name = "search", description = "(not yet available)", hidden = true)
final class SearchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dualuse search: not yet available in this build");
    return DualUseCommand.BAD_INPUT;
  }
}
