package org.dualuse.index.surveillance;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A product description read once for the checks of this package: its {@link Word}s and, for quick
 * look-ups, the sets of their singular folded forms, stems and surfaces. A classifier asks the same
 * text about every candidate it checks (the release notes about some sixteen, then the Article 5
 * screen or the item rule once); reading the words once per text instead of once per question is
 * what makes those checks cheap.
 *
 * <p>Pass one value to {@link CyberSurveillanceNotes#releaseOf(org.dualuse.core.code.ControlCode,
 * ProductText, org.dualuse.core.model.ControlList)}, {@link CyberSurveillanceItems#reasonOf(
 * org.dualuse.core.code.ControlCode, ProductText, org.dualuse.core.model.ControlList)} and {@link
 * Article5Screen#screenOf(ProductText)}; the methods that take a {@code String} call {@link #of} and
 * give the same answers.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProductText {

  /** How many letters of a word's start and end {@link #foldedHeads()} and {@link #foldedTails()} keep. */
  static final int EDGE = 3;

  private final String text;
  private final List<Word> words;
  /** {@link Word#light()} of every word, the forms the release notes compare. */
  private final Set<String> lights;
  /** {@link Word#stem()} of every word, the forms most cue words compare. */
  private final Set<String> stems;
  /** Every surface, and every surface ending in {@code s} without it: the forms an acronym cue may meet. */
  private final Set<String> acronymForms;
  /** {@link Word#folded()} of every word, sorted: a prefix cue word finds the words it begins by binary search. */
  private final String[] foldedSorted;
  /** Every folded word reversed, sorted: a suffix cue word ("*überwachung") finds the words it ends likewise. */
  private final String[] foldedReversedSorted;
  /** The first {@value #EDGE} letters of every folded word that long: what a prefix cue word ("abhör*") is filed under. */
  private final Set<String> foldedHeads;
  /** The last {@value #EDGE} letters of every folded word that long: what a suffix cue word ("*überwachung") is filed under. */
  private final Set<String> foldedTails;
  /** The Article 5 screen's reading of the text, once asked for, and the screen that read it. */
  private volatile Assessed assessed;

  private record Assessed(Article5Screen screen, Article5Screen.Assessment assessment) {}

  private ProductText(String text) {
    this.text = text;
    this.words = List.copyOf(Word.of(text));
    Set<String> l = new HashSet<>();
    Set<String> st = new HashSet<>();
    Set<String> a = new HashSet<>();
    String[] folded = new String[words.size()];
    String[] reversed = new String[words.size()];
    Set<String> heads = new HashSet<>();
    Set<String> tails = new HashSet<>();
    for (int i = 0; i < folded.length; i++) {
      Word w = words.get(i);
      folded[i] = w.folded();
      reversed[i] = new StringBuilder(w.folded()).reverse().toString();
      int n = folded[i].length();
      if (n >= EDGE) {
        heads.add(folded[i].substring(0, EDGE));
        tails.add(folded[i].substring(n - EDGE));
      }
      l.add(w.light());
      st.add(w.stem());
      String s = w.surface();
      a.add(s);
      if (s.endsWith("s")) {
        a.add(s.substring(0, s.length() - 1));
      }
    }
    this.lights = Collections.unmodifiableSet(l);
    this.stems = Collections.unmodifiableSet(st);
    this.acronymForms = Collections.unmodifiableSet(a);
    this.foldedHeads = Collections.unmodifiableSet(heads);
    this.foldedTails = Collections.unmodifiableSet(tails);
    Arrays.sort(folded);
    Arrays.sort(reversed);
    this.foldedSorted = folded;
    this.foldedReversedSorted = reversed;
  }

  /**
   * The text read into words.
   *
   * @param text the product description; null is treated as empty
   */
  public static ProductText of(String text) {
    // no cache here: a thread-local "last text" would pin this class's loader in a server's
    // thread pool; a classifier reads the text once and passes the value to every check
    return new ProductText(text == null ? "" : text);
  }

  /** The description as given (empty for null). */
  public String text() {
    return text;
  }

  /** True when the text has nothing but separators. */
  public boolean isBlank() {
    return text.isBlank();
  }

  List<Word> words() {
    return words;
  }

  boolean hasLight(String light) {
    return lights.contains(light);
  }

  boolean hasStem(String stem) {
    return stems.contains(stem);
  }

  /** The stems of its words. */
  Set<String> stems() {
    return stems;
  }

  /** Its surfaces, and those ending in {@code s} without it. */
  Set<String> acronymForms() {
    return acronymForms;
  }

  /** The first {@value #EDGE} letters of each folded word that has as many. */
  Set<String> foldedHeads() {
    return foldedHeads;
  }

  /** The last {@value #EDGE} letters of each folded word that has as many. */
  Set<String> foldedTails() {
    return foldedTails;
  }

  /** True when some word is {@code form} or {@code form} followed by {@code s}, as written. */
  boolean hasAcronymForm(String form) {
    return acronymForms.contains(form);
  }

  /** False when no word's folded form starts with {@code prefix}. */
  boolean hasFoldedPrefix(String prefix) {
    return startsSome(foldedSorted, prefix);
  }

  /** False when no word's folded form ends with the suffix given back to front. */
  boolean hasFoldedSuffix(String reversedSuffix) {
    return startsSome(foldedReversedSorted, reversedSuffix);
  }

  /** Whether a string of the sorted array starts with the prefix: the first not below it is the only candidate. */
  private static boolean startsSome(String[] sorted, String prefix) {
    int i = Arrays.binarySearch(sorted, prefix);
    if (i >= 0) {
      return true;
    }
    int at = -i - 1;
    return at < sorted.length && sorted[at].startsWith(prefix);
  }

  /**
   * The screen's reading of this text, read on the first request and kept (a reading is immutable
   * and depends on the text and the screen alone): a classification whose answer waits on facts asks
   * for it twice, for the item rule and for the catch-all. A request from another screen reads anew.
   */
  Article5Screen.Assessment assessedBy(Article5Screen screen, Function<ProductText, Article5Screen.Assessment> read) {
    Assessed a = assessed;
    if (a == null || a.screen() != screen) {
      a = new Assessed(screen, read.apply(this));
      assessed = a;
    }
    return a.assessment();
  }

  @Override
  public String toString() {
    return "ProductText[" + text + "]";
  }
}
