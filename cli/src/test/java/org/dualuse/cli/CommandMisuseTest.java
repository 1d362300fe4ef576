package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Misuse of the command line: each answer is exit 2 and one line on stderr, never a wrong answer. */
class CommandMisuseTest {
  @TempDir Path dir;

  private static void badInputInOneLine(CommandRun r) {
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().length() < 500, r.err());
  }

  @Test
  void noCommandIsBadInput() {
    CommandRun r = CommandRun.of();
    badInputInOneLine(r);
    assertTrue(r.err().contains("missing command"), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--top=abc", "--no-such-option", "--threads=x"})
  void aMalformedArgumentGetsOneLineNotTheUsage(String arg) {
    badInputInOneLine(CommandRun.of("classify", "thermal camera", arg));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lists --bogus", "stats --list nope", "show", "show 5Z001", "show 5A001 --bogus", "search",
      "search x --top abc", "search x --top 0", "eval", "eval --dataset", "diff --from nope", "bogus", "--bogus",
      "rescreen", "rescreen --results nope.jsonl --output o.jsonl", "summary", "summary --results nope.jsonl",
      "classify thermal --fact-column frequency=F:GHz", "classify thermal --summary s",
      "classify thermal --threshold 0", "classify thermal --threshold 1", "classify thermal --threshold x",
      "eval --dataset nope.jsonl --threshold 1.5"})
  void everyCommandAnswersAMalformedArgumentInOneLine(String line) {
    CommandRun r = CommandRun.of(line.split(" "));
    badInputInOneLine(r);
    assertTrue(r.out().isEmpty(), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"frame rate=-60 Hz", "frame rate=0 Hz", "power=abc", "power=1e999 W", "power", "=5 W"})
  void anImpossibleOrMalformedFactIsBadInput(String fact) {
    CommandRun r = CommandRun.of("classify", "Handheld thermal imaging camera, uncooled microbolometer", "--fact", fact);
    badInputInOneLine(r);
    assertTrue(r.out().isEmpty(), r.out());
  }

  @Test
  void aFactGivenTwiceIsBadInputNotTheLastWins() {
    CommandRun r = CommandRun.of("classify", "thermal camera", "--fact", "frame rate=60 Hz", "--fact", "frame rate=5 Hz");
    badInputInOneLine(r);
    assertTrue(r.err().contains("twice"), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u200B", "\uD83D\uDE00"})
  void aTextWithNoUsableWordsIsBadInput(String text) {
    badInputInOneLine(CommandRun.of("classify", text));
  }

  @Test
  void aTextBeyondTheLimitIsBadInputNamingTheOption() {
    CommandRun r = CommandRun.of("classify", "thermal camera ".repeat(10), "--max-text-length", "20");
    badInputInOneLine(r);
    assertTrue(r.err().contains("maxTextLength"), r.err());
  }

  @Test
  void aHugeInputIsQuotedShortInTheMessage() {
    CommandRun r = CommandRun.of("show", "9".repeat(100_000));
    badInputInOneLine(r);
  }

  @Test
  void tooManyThreadsIsBadInputAtOnce() throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "id,text\n1,thermal camera\n");
    CommandRun r = CommandRun.of("classify", "--input", in.toString(), "--output", dir.resolve("o.jsonl").toString(),
        "--threads", "20000000");
    badInputInOneLine(r);
    assertFalse(Files.exists(dir.resolve("o.jsonl")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"operating frequncy=F:GHz", "operating frequency=F:W", "operating frequency", "frame rate=F:Hzz"})
  void aBadFactColumnIsBadInputBeforeAnyRowIsRead(String spec) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "id,text,F\n1,thermal camera,60\n");
    CommandRun r = CommandRun.of("classify", "--input", in.toString(), "--output", dir.resolve("o.jsonl").toString(),
        "--fact-column", spec);
    badInputInOneLine(r);
    assertTrue(r.err().contains("--fact-column"), r.err());
    assertFalse(Files.exists(dir.resolve("o.jsonl")));
  }

  @Test
  void aFactInABatchIsBadInputNotIgnored() throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "id,text\n1,thermal camera\n");
    CommandRun r = CommandRun.of("classify", "--input", in.toString(), "--output", dir.resolve("o.jsonl").toString(),
        "--fact", "frame rate=60 Hz");
    badInputInOneLine(r);
    assertTrue(r.err().contains("fact:NAME"), r.err());
  }
}
