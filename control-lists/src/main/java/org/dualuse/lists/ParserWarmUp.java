package org.dualuse.lists;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.parse.AnnexParser;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.Provision;
import org.dualuse.core.parse.ProvisionKind;

/**
 * A head start for the first parse of a list in a fresh JVM, started only when asked for
 * ({@link ControlLists#preload()}): most of that parse is loading and initialising the parser's
 * classes (units, vocabulary, patterns) and compiling its hot code, and a second core can do that
 * while the caller reads the source. A background daemon thread parses a small made-up list a fixed
 * number of times and drops the result; a failure there costs only the head start, since the real
 * parse reports its own errors. The number of rounds is not a setting: it changes no result, only when
 * the JIT has compiled the parser.
 *
 * <p>Thread-safe; the thread is started at most once per JVM.
 */
final class ParserWarmUp {
  /** The name of the warm-up's thread. */
  static final String THREAD_NAME = "dualuse-parser-warm-up";
  private static final int ROUNDS = 20;
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private ParserWarmUp() {}

  /**
   * Starts the warm-up thread unless it was started before.
   *
   * @return true when this call started it
   */
  static boolean start() {
    if (!STARTED.compareAndSet(false, true)) {
      return false;
    }
    Thread t = new Thread(ParserWarmUp::run, THREAD_NAME);
    t.setDaemon(true);
    t.start();
    return true;
  }

  private static void run() {
    try {
      // the reader digests the text last: have the security providers loaded by then
      MessageDigest.getInstance("SHA-256").digest(new byte[1]);
      AnnexSource sample = source();
      AnnexParser parser = new AnnexParser();
      for (int i = 0; i < ROUNDS; i++) {
        parser.parse(sample);
      }
    } catch (RuntimeException | NoSuchAlgorithmException e) {
      // nothing depends on it: the list is parsed on the caller's thread regardless
    }
  }

  /** A made-up entry in the annex's style that touches every part of the parser. */
  private static AnnexSource source() {
    String[][] lines = {
        {"9A999", "ITEM", "Widgets, as follows:"},
        {"9A999.a", "ITEM", "Amplifiers having an operating frequency exceeding 5 GHz up to and including 6,8 GHz and"
            + " a \"peak saturated output power\" of 10 W (40 dBm) or more;"},
        {"9A999.b", "ITEM", "Sensors having all of the following:"},
        {"9A999.b.1", "ITEM", "A 'frame rate' of 30 fps or more and a resolution better than 0,5 µm;"},
        {"9A999.b.2", "ITEM", "Rated for operation from 218 K to 398 K (-55 °C to 125 °C), or a mass less than 5 kg;"},
        {"9A999.b", "NOTE", "Note: 9A999.b. does not control sensors having a sample rate of less than 10 GS/s."},
        {"9A999.b", "TECHNICAL_NOTE", "Technical Note: For the purposes of 9A999.b.1., 'frame rate' is the number"
            + " of frames per second."},
        {"9A999.c", "ITEM", "\"Software\" specially designed for equipment specified in 9A999.a."},
        {"9A999", "NB", "N.B. See also 9A999.c."}};
    List<Provision> provisions = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      provisions.add(new Provision(lines[i][0], ProvisionKind.valueOf(lines[i][1]), lines[i][2], i + 1));
    }
    return new AnnexSource("warm-up", "warm-up", "EU", LocalDate.of(2025, 1, 1),
        new Provenance("warm-up", "", "0", ""), provisions, List.of());
  }
}
