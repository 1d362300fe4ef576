package org.dualuse.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version of a module's code, as its build wrote it: the SHA-256 over its compiled classes, in
 * {@code META-INF/dualuse/code-version/ARTIFACT} of its jar (the build's {@code code-version} step).
 * What is computed from the code at build time and shipped in a jar (the parsed lists, the index of a
 * list) records the versions of the code it came from; a snapshot whose versions differ from those of
 * the code running is stale and is never used.
 *
 * <p>Thread-safe; each module's version is read once.
 */
public final class CodeVersion {
  /** What {@link #of} answers for a module whose jar has no version (a build without the step). */
  public static final String UNKNOWN = "unknown";

  private static final String FOLDER = "META-INF/dualuse/code-version/";
  private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

  private CodeVersion() {}

  /**
   * The code version of a module by its artifact id ({@code dualuse-core}), or {@link #UNKNOWN} when
   * the class path has none.
   *
   * @throws UncheckedIOException when the version is there but cannot be read
   */
  public static String of(String artifactId) {
    Objects.requireNonNull(artifactId, "artifactId");
    return VERSIONS.computeIfAbsent(artifactId, CodeVersion::read);
  }

  /**
   * Whether a recorded version is known and equal to the running module's.
   *
   * @param recorded the version a snapshot records; {@link #UNKNOWN} when it records none
   */
  public static boolean matches(String artifactId, String recorded) {
    Objects.requireNonNull(recorded, "recorded");
    String running = of(artifactId);
    return !UNKNOWN.equals(running) && running.equals(recorded);
  }

  private static String read(String artifactId) {
    ClassLoader loader = CodeVersion.class.getClassLoader();
    try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(FOLDER + artifactId)
        : loader.getResourceAsStream(FOLDER + artifactId)) {
      if (in == null) {
        return UNKNOWN;
      }
      String v = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
      return v.isEmpty() ? UNKNOWN : v;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the code version of " + artifactId, e);
    }
  }
}
