package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a batch in a child JVM is killed at random points (SIGTERM and SIGKILL), onto an
 * output that holds an earlier run's complete result; afterwards the output is either that old
 * file, byte for byte, or the complete new one, never a cut-off mix.
 */
class InterruptedBatchTest {
  private static final int ROWS = 12000;
  private static final String[] TEXTS = {
    "Handheld thermal imaging camera, uncooled microbolometer 640 x 512, 60 Hz",
    "office chair with armrests", "GaN MMIC power amplifier 2.9-3.5 GHz", "IMSI catcher", "garden hose 20 m"};

  @TempDir Path dir;

  private Process start(Path in, Path out) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        DualUseCommand.class.getName(), "classify", "--input", in.toString(), "--output", out.toString(),
        "--threads", "1"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
  }

  @Test
  void aKilledBatchLeavesTheOldOutputOrTheCompleteNewOne() throws Exception {
    StringBuilder csv = new StringBuilder("id,text\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append(i).append(",\"").append(TEXTS[i % TEXTS.length]).append("\"\n");
    }
    Path in = Files.writeString(dir.resolve("in.csv"), csv, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    byte[] old = "{\"line\":2,\"id\":\"old\",\"decision\":\"NOT_LISTED\"}\n".getBytes(StandardCharsets.UTF_8);
    Random random = new Random(13);
    int[] killAfterMs = {1500 + random.nextInt(1500), 3000 + random.nextInt(2000), 4000 + random.nextInt(3000)};
    for (int k = 0; k < killAfterMs.length; k++) {
      Files.write(out, old);
      Process p = start(in, out);
      boolean finished = p.waitFor(killAfterMs[k], TimeUnit.MILLISECONDS);
      if (!finished) {
        if (k % 2 == 0) {
          p.destroyForcibly();
        } else {
          p.destroy();
        }
        p.waitFor(30, TimeUnit.SECONDS);
      }
      byte[] now = Files.readAllBytes(out);
      if (java.util.Arrays.equals(old, now)) {
        continue;
      }
      List<String> lines = Files.readAllLines(out);
      assertEquals(ROWS, lines.size(), "an output that is not the old one is the complete new one (kill " + k + ")");
      for (String line : lines) {
        Json.MAPPER.readTree(line);
      }
      assertTrue(lines.get(ROWS - 1).contains("\"id\":\"" + (ROWS - 1) + "\""), lines.get(ROWS - 1));
    }
    // a SIGTERM cleans up its temporary file; a SIGKILL may leave one, but never in place of the output
    try (var files = Files.list(dir)) {
      files.filter(f -> f.getFileName().toString().endsWith(".partial"))
          .forEach(f -> assertTrue(f.getFileName().toString().startsWith(".out.jsonl."), f.toString()));
    }
    assertTrue(new File(out.toString()).exists());
  }
}
