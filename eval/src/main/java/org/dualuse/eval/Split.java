package org.dualuse.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The half of a split corpus a case belongs to: {@link #TUNE}, where rules, vocabulary, weights and
 * thresholds are chosen, or {@link #CHECK}, whose figures are read and whose texts are not.
 *
 * <p>A new case's half is fixed by its id ({@link #ofId}): the first eight bytes of the SHA-256 of the
 * id's UTF-8 bytes, read as an unsigned number, modulo 1,000; below {@link #TUNE_PER_MILLE} is tune. So
 * the split never moves when cases are added, removed or reordered, and no one chooses it. A corpus file
 * stores the half in a {@code split} field so that it can be read without this class; cases taken over
 * from an earlier tuning set are stored as {@code tune} whatever their hash says, since they have been
 * tuned on already.
 */
public enum Split {
  TUNE,
  CHECK;

  /** The share of new cases that go to tune, per mille (about 60 % tune, 40 % check). */
  public static final int TUNE_PER_MILLE = 600;

  /** The half the hash of {@code id} assigns. */
  public static Split ofId(String id) {
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("a case needs an id to be assigned to a split");
    }
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (digest[i] & 0xFF);
    }
    return Long.remainderUnsigned(v, 1000) < TUNE_PER_MILLE ? TUNE : CHECK;
  }

  /**
   * The split named {@code tune} or {@code check} (case-insensitive); empty for null or blank.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static Optional<Split> parse(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    for (Split s : values()) {
      if (s.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    throw new IllegalArgumentException("unknown split '" + name + "' (expected tune or check)");
  }

  /** The name in datasets and reports: {@code tune} or {@code check}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
