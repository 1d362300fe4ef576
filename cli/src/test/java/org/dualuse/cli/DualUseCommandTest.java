package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DualUseCommandTest {

  @Test
  void helpListsTheCommandsAndExitsZero() {
    StringWriter out = new StringWriter();
    CommandLine cl = DualUseCommand.newCommandLine();
    cl.setOut(new PrintWriter(out));
    assertEquals(0, cl.execute("--help"));
    assertTrue(out.toString().contains("Usage: dualuse"), out.toString());
  }

  @Test
  void versionNamesTheProjectVersion() {
    StringWriter out = new StringWriter();
    CommandLine cl = DualUseCommand.newCommandLine();
    cl.setOut(new PrintWriter(out));
    assertEquals(0, cl.execute("--version"));
    assertTrue(out.toString().matches("(?s)dualuse \\d+\\.\\d+\\.\\d+.*"), out.toString());
  }

  @Test
  void anUnknownOptionIsBadInputWithExitTwo() {
    StringWriter err = new StringWriter();
    CommandLine cl = DualUseCommand.newCommandLine();
    cl.setErr(new PrintWriter(err));
    assertEquals(2, cl.execute("--no-such-option"));
    assertTrue(err.toString().contains("--no-such-option"), err.toString());
  }
}
