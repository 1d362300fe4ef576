package org.dualuse.cli;

import picocli.CommandLine.Option;

/** The two options every list-reading command shares: which list, and JSON or text output. */
final class ListAndFormatOptions {
  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(names = "--list", paramLabel = "ID", description = "List id (default: ${DEFAULT-VALUE}).", defaultValue = "eu")
  String listId;
}
