package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Product;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libraries stay quiet: a program that uses only control-lists and lucene-index, with the SLF4J
 * API but no SLF4J binding on its class path (as an embedding application may have it), loads the EU
 * list and classifies a product without writing a byte to stderr. Runs in a child JVM, since the
 * test's own class path carries a binding and SLF4J reports a missing one once per JVM.
 */
class QuietLibraryTest {

  /** Any SLF4J binding or logging backend: what an embedding application may or may not have. */
  private static final Pattern BINDING = Pattern.compile(
      "slf4j-(?!api)[^" + Pattern.quote(File.separator) + "]*\\.jar$|logback-|log4j-slf4j|reload4j");

  /** The embedding program: one list, one classification, the decision on stdout. */
  public static final class Program {
    public static void main(String[] args) {
      Classification c = HybridClassifier.of(ControlLists.eu()).classify(Product.of(
          "Handheld thermal imaging camera, uncooled microbolometer 640 x 512, 8-14 µm, 60 Hz frame rate"));
      System.out.println(c.decision());
    }
  }

  @Test
  void loadingAListAndClassifyingWritesNothingToStderr(@TempDir Path dir) throws Exception {
    List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    String classPath = entries.stream().filter(e -> !BINDING.matcher(e).find())
        .collect(Collectors.joining(File.pathSeparator));
    assertTrue(entries.stream().anyMatch(e -> BINDING.matcher(e).find()),
        "the test's class path has a binding to leave out (slf4j-nop): " + entries);
    assertTrue(classPath.contains("slf4j-api"), "the SLF4J API stays on the class path");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", classPath, Program.class.getName())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the program did not finish in 180 s");
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "exit code; stderr: " + stderr);
    assertEquals("", stderr, "a library wrote to stderr");
    String stdout = Files.readString(out, StandardCharsets.UTF_8).strip();
    assertFalse(stdout.isEmpty(), "the program printed no decision");
  }
}
