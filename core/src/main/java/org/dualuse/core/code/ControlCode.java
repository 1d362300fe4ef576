package org.dualuse.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Objects;
import java.util.Optional;

/**
 * The address of an entry or item of a control list, such as {@code 5A001.f.1}.
 *
 * <p>Grammar accepted by {@link #parse(String)}:
 *
 * <pre>
 *   code    = digit group number { "." segment } [ "." ]
 *   group   = "A" | "B" | "C" | "D" | "E"
 *   number  = digit digit digit
 *   segment = 1*3 lower-case letters | 1*3 digits
 * </pre>
 *
 * A trailing dot, as references in the annex write them ({@code 5A001.b.4.}), is accepted and
 * dropped; {@link #toString()} formats without it, so {@code parse(c.toString()).equals(c)} for every
 * code. Codes order as the annex prints them: by category, group and number, then segment by segment,
 * numbers numerically ({@code b.2} before {@code b.10}) and letters by length then alphabet
 * ({@code z} before {@code aa}); a parent comes before its children. Ordering agrees with equals.
 *
 * <p>Instances are immutable and thread-safe. A final class rather than a record so that it can keep
 * what every classification asks of it many times (its hash, its printed form, its entry): codes are
 * the keys of most maps of the classifier. Equality, hash and accessors are those of the record it was.
 *
 * @param category the digit 0 to 9
 * @param group the letter A to E
 * @param number the entry number, 0 to 999
 * @param path the item path below the entry, empty for the entry itself
 */
public final class ControlCode implements Comparable<ControlCode> {

  private final Category category;
  private final ProductGroup group;
  private final int number;
  private final List<String> path;
  /** As a record of the four components would hash. */
  private final int hash;
  // computed on first use; a race computes an equal value twice, which is harmless (as String.hash)
  private String printed;
  private ControlCode entry;
  private List<ControlCode> ancestors;

  public ControlCode(Category category, ProductGroup group, int number, List<String> path) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(path, "path");
    if (number < 0 || number > 999) {
      throw new ControlCodeFormatException("Entry number must be 0 to 999, was " + number,
          printed(category, group, number, path), 2);
    }
    for (int k = 0; k < path.size(); k++) {
      if (!isSegment(Objects.requireNonNull(path.get(k), "path segment"))) {
        throw new ControlCodeFormatException("Not a path segment: '" + path.get(k) + "'",
            printed(category, group, number, path), printed(category, group, number, path.subList(0, k)).length() + 1);
      }
    }
    path = List.copyOf(path);
    this.category = category;
    this.group = group;
    this.number = number;
    this.path = path;
    this.hash = ((category.hashCode() * 31 + group.hashCode()) * 31 + number) * 31 + path.hashCode();
  }

  /** The digit 0 to 9. */
  public Category category() {
    return category;
  }

  /** The letter A to E. */
  public ProductGroup group() {
    return group;
  }

  /** The entry number, 0 to 999. */
  public int number() {
    return number;
  }

  /** The item path below the entry, empty for the entry itself. */
  public List<String> path() {
    return path;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof ControlCode c && hash == c.hash && number == c.number && category == c.category
        && group == c.group && path.equals(c.path);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Parses a code in the grammar of the class comment.
   *
   * @throws ControlCodeFormatException naming the input and the index of the first bad character
   */
  public static ControlCode parse(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n == 0 || text.charAt(0) < '0' || text.charAt(0) > '9') {
      throw new ControlCodeFormatException("Expected a category digit 0-9", text, 0);
    }
    char c0 = text.charAt(0);
    if (n < 2 || ProductGroup.of(text.charAt(1)).isEmpty()) {
      throw new ControlCodeFormatException("Expected a product group letter A-E", text, 1);
    }
    Optional<ProductGroup> group = ProductGroup.of(text.charAt(1));
    for (int i = 2; i < 5; i++) {
      if (i >= n || text.charAt(i) < '0' || text.charAt(i) > '9') {
        throw new ControlCodeFormatException("Expected a three-digit entry number", text, i);
      }
    }
    int number = Integer.parseInt(text.substring(2, 5));
    List<String> path = new ArrayList<>();
    int i = 5;
    while (i < n) {
      if (text.charAt(i) != '.') {
        throw new ControlCodeFormatException("Expected '.' before a path segment", text, i);
      }
      int start = ++i;
      if (start == n) {
        break; // trailing dot, as the annex writes references
      }
      while (i < n && text.charAt(i) != '.') {
        i++;
      }
      String segment = text.substring(start, i);
      if (!isSegment(segment)) {
        throw new ControlCodeFormatException(
            segment.isEmpty()
                ? "Empty path segment"
                : "Path segment must be 1-3 lower-case letters or 1-3 digits",
            text,
            start);
      }
      path.add(segment);
    }
    return new ControlCode(Category.of(c0 - '0'), group.get(), number, path);
  }

  /** Parses a code, or returns empty when the text is not one (null included). Never throws. */
  public static Optional<ControlCode> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(text));
    } catch (ControlCodeFormatException e) {
      return Optional.empty();
    }
  }

  /** The entry this code belongs to ({@code 5A001} for {@code 5A001.f.1}); itself for an entry. */
  public ControlCode entry() {
    if (path.isEmpty()) {
      return this;
    }
    ControlCode e = entry;
    if (e == null) {
      e = new ControlCode(category, group, number, List.of());
      entry = e;
    }
    return e;
  }

  public boolean isEntry() {
    return path.isEmpty();
  }

  /** The number of path segments: 0 for an entry, 2 for {@code 5A001.f.1}. */
  public int depth() {
    return path.size();
  }

  /** The entry code as printed, e.g. {@code 5A001}. */
  public String entryCode() {
    // as "%d%s%03d" formats it, without the cost of a formatter: codes are printed on every classification
    StringBuilder b = new StringBuilder(5).append(category.digit()).append(group.name());
    if (number < 100) {
      b.append(number < 10 ? "00" : "0");
    }
    return b.append(number).toString();
  }

  public Regime regime() {
    return Regime.of(category, number);
  }

  /** The code one level up, or empty for an entry. */
  public Optional<ControlCode> parent() {
    return path.isEmpty()
        ? Optional.empty()
        : Optional.of(new ControlCode(category, group, number, path.subList(0, path.size() - 1)));
  }

  /** All codes above this one, nearest first, ending with the entry. */
  public List<ControlCode> ancestors() {
    List<ControlCode> found = ancestors;
    if (found == null) {
      List<ControlCode> out = new ArrayList<>(path.size());
      for (int k = path.size() - 1; k >= 0; k--) {
        out.add(k == 0 ? entry() : new ControlCode(category, group, number, path.subList(0, k)));
      }
      // an immutable list (final fields) may be shared between threads without a lock
      found = List.copyOf(out);
      ancestors = found;
    }
    return found;
  }

  /** The code of a child: {@code 5A001.f} with segment {@code "1"} is {@code 5A001.f.1}. */
  public ControlCode child(String segment) {
    List<String> p = new ArrayList<>(path);
    p.add(segment);
    return new ControlCode(category, group, number, p);
  }

  /** True when this code is {@code other} or one of its ancestors. */
  public boolean isPrefixOf(ControlCode other) {
    if (this == other) {
      return true;
    }
    int n = path.size();
    if (category != other.category || group != other.group || number != other.number || n > other.path.size()) {
      return false;
    }
    // segment by segment, nearest the leaf first (where codes of one entry differ), without the
    // sub-list a subList(..).equals(..) would make on every call: retrieval asks this very often
    for (int k = n - 1; k >= 0; k--) {
      if (!path.get(k).equals(other.path.get(k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(ControlCode o) {
    int c = Integer.compare(category.digit(), o.category.digit());
    if (c == 0) c = group.compareTo(o.group);
    if (c == 0) c = Integer.compare(number, o.number);
    for (int k = 0; c == 0 && k < Math.min(path.size(), o.path.size()); k++) {
      c = compareSegments(path.get(k), o.path.get(k));
    }
    return c != 0 ? c : Integer.compare(path.size(), o.path.size());
  }

  @Override
  public String toString() {
    String p = printed;
    if (p == null) {
      p = path.isEmpty() ? entryCode() : entryCode() + "." + String.join(".", path);
      printed = p;
    }
    return p;
  }

  private static int compareSegments(String a, String b) {
    boolean na = Character.isDigit(a.charAt(0));
    boolean nb = Character.isDigit(b.charAt(0));
    if (na != nb) {
      return na ? -1 : 1;
    }
    if (na) {
      int c = Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
      return c != 0 ? c : a.compareTo(b); // "01" vs "1" stay distinct, consistent with equals
    }
    int c = Integer.compare(a.length(), b.length());
    return c != 0 ? c : a.compareTo(b);
  }

  /** How components that failed validation would print, for the message: {@code 5A1000.x}. */
  private static String printed(Category category, ProductGroup group, int number, List<String> path) {
    StringBuilder b = new StringBuilder().append(category.digit()).append(group.name())
        .append(number >= 0 && number < 100 ? (number < 10 ? "00" : "0") : "").append(number);
    path.forEach(segment -> b.append('.').append(segment));
    return b.toString();
  }

    private static boolean isSegment(String s) {
    if (s.isEmpty() || s.length() > 3) {
      return false;
    }
    boolean digits = Character.isDigit(s.charAt(0));
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (digits ? (c < '0' || c > '9') : (c < 'a' || c > 'z')) {
        return false;
      }
    }
    return true;
  }
}
