package org.dualuse.index.knowledge;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.criteria.ElementContents;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.Parameters;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityFinder;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Units;

/**
 * What a text says of the metals it names by their element's name, as facts on the annex's content
 * and purity parameters ({@code metal-names.tsv}, {@code metal-modifiers.tsv}):
 * <ul>
 *   <li>a share written right beside an element's name or symbol ("Tantal 99,95 %", "99.95 % W",
 *       "Ag 3 ppm") is that element's content, by weight; the largest such share, when it is more than
 *       half, is also the product's purity: a metal's purity is the content of its principal element;</li>
 *   <li>a metal named alone as what the product is made of ("titanium reactor", "reattore in titanio",
 *       "Tantaltiegel") is the unalloyed metal, 99 % or more of its element: the floor of the standards'
 *       unalloyed grades, as the annex's side reads its own "titanium" ({@code MaterialAlternatives}).
 *       A name with an alloy, compound, coating or dopant word within two words of it ("nickel alloy",
 *       "titanium dioxide", "carburo di tungsteno", "nickel-plated"), joined to another metal
 *       ("nickel-chromium"), an isotope ("uranium-235"), or an element a named grade already gives, says
 *       nothing of the unalloyed metal.</li>
 * </ul>
 * A German compound that begins with a German metal name ("Titanreaktor", "Niobrohr") names that
 * metal, unless what follows the name is such a word ("Titandioxid", "Nickelbasislegierung").
 *
 * <p>The facts are {@link FactOrigin#DERIVED}, each with its source and its place in the text.
 * Immutable and thread-safe.
 */
public final class MetalMentions {

  static final String NAME_COLUMNS = "name<TAB>lang<TAB>symbol<TAB>source";
  static final String MODIFIER_COLUMNS = "word<TAB>lang<TAB>kind<TAB>source";

  /** Nothing named: no names known. */
  public static final MetalMentions NONE = new MetalMentions(Map.of(), Map.of(), Set.of());

  /** The floor of an unalloyed metal's own element, percent by weight (ISO 209, ASTM B265 grades 1 to 4, Nickel 200, Zr 702). */
  static final double UNALLOYED_FLOOR_PERCENT = 99;
  /** Words this far from a metal's name, either side, can make it a compound, an alloy, a coating or a dopant. */
  private static final int MODIFIER_REACH = 2;
  /** The shortest rest of a German compound after a metal's name ("Titanrohr": "rohr"). */
  private static final int MIN_COMPOUND_REST = 4;
  /**
   * Two-letter symbols that are also common words at the start of a sentence ("At 50 %", "In 95 %",
   * "As", "Be", "No", "Am", "Es"): beside a share they are read as words. One-letter symbols (C, N,
   * O, B, S, P, F, K, U, Y, I, H, V, W) are units or abbreviations more often than elements and are
   * never read; their elements are read by their names.
   */
  private static final Set<String> WORDLIKE_SYMBOLS = Set.of("At", "In", "As", "Be", "No", "Am", "Es");

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}]*");

  /** Per lower-cased name, the element symbol. */
  private final Map<String, String> names;
  /** Per lower-cased German name, the element symbol: the heads of compounds. */
  private final Map<String, String> germanNames;
  /** Lower-cased words that make a name say nothing of the unalloyed metal. */
  private final Set<String> modifiers;

  private MetalMentions(Map<String, String> names, Map<String, String> germanNames, Set<String> modifiers) {
    this.names = Map.copyOf(names);
    this.germanNames = Map.copyOf(germanNames);
    this.modifiers = Set.copyOf(modifiers);
  }

  /** A name row of {@code metal-names.tsv}. */
  record Name(String name, String language, String symbol) {}

  /** Reads a names file ({@value #NAME_COLUMNS}); a symbol must be an element's. */
  static List<Name> readNames(Reader reader, String source) {
    List<Name> out = new ArrayList<>();
    KnowledgeRows.read(reader, source, 4, NAME_COLUMNS, (c, line) -> {
      String symbol = KnowledgeRows.required(c[2], "symbol");
      if (ElementContents.nameOfSymbol(symbol).isEmpty()) {
        throw new KnowledgeFormatException(source, line, "'" + symbol + "' is no element symbol");
      }
      KnowledgeRows.source(c[3]);
      out.add(new Name(KnowledgeRows.required(c[0], "name"), KnowledgeRows.language(c[1]), symbol));
    });
    return out;
  }

  /** Reads a modifiers file ({@value #MODIFIER_COLUMNS}): the words. */
  static List<String> readModifiers(Reader reader, String source) {
    List<String> out = new ArrayList<>();
    KnowledgeRows.read(reader, source, 4, MODIFIER_COLUMNS, (c, line) -> {
      KnowledgeRows.language(c[1]);
      String kind = KnowledgeRows.required(c[2], "kind");
      if (!Set.of("compound", "alloy", "coating", "dopant").contains(kind)) {
        throw new KnowledgeFormatException(source, line, "kind '" + kind + "' is none of compound, alloy, coating, dopant");
      }
      KnowledgeRows.source(c[3]);
      out.add(KnowledgeRows.required(c[0], "word"));
    });
    return out;
  }

  static MetalMentions of(List<Name> names, List<String> modifiers) {
    Map<String, String> byName = new HashMap<>();
    Map<String, String> german = new HashMap<>();
    for (Name n : names) {
      String key = n.name().toLowerCase(Locale.ROOT);
      byName.put(key, n.symbol());
      if (n.language().equals("de")) {
        german.put(key, n.symbol());
      }
    }
    Set<String> words = new java.util.HashSet<>();
    modifiers.forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
    return new MetalMentions(byName, german, words);
  }

  /** A word of the text and where it is. */
  private record Word(String lower, String surface, int start, int end) {}

  /**
   * The facts of the metals a text names, in text order of their names.
   *
   * @param language the text's language (how its numbers are written), or empty when not known
   * @param given the elements whose content other facts already give (a named grade's), by symbol
   * @throws NullPointerException when an argument is null
   */
  public List<Fact> factsIn(String text, String language, Set<String> given) {
    // German writes a metal and what is made of it as one word: only a German text's compounds are read
    boolean german = language.equals("de");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(given, "given");
    if (names.isEmpty()) {
      return List.of();
    }
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new Word(m.group().toLowerCase(Locale.ROOT), m.group(), m.start(), m.end()));
    }
    List<Fact> out = new ArrayList<>();
    // most texts name no element: then their quantities are not read a second time here
    Map<String, Fact> shares = words.stream().anyMatch(w -> elementOf(text, w) != null)
        ? sharesBeside(text, language, words, out) : Map.of();
    Set<String> done = new java.util.HashSet<>(given);
    done.addAll(shares.keySet());
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String symbol = names.get(w.lower());
      if (symbol == null && german) {
        symbol = germanHead(w.lower());
      }
      if (symbol == null || done.contains(symbol) || modified(text, words, i) || isotope(text, w)) {
        continue;
      }
      done.add(symbol);
      String element = ElementContents.nameOfSymbol(symbol).orElseThrow();
      out.add(new Fact(ElementContents.contentOf(element),
          QuantityRange.closed(Quantity.of(UNALLOYED_FLOOR_PERCENT, Units.MASS_PERCENT), Quantity.of(100, Units.MASS_PERCENT)),
          List.of(), FactOrigin.DERIVED,
          "the unalloyed metal the text names, " + w.surface() + ": " + (int) UNALLOYED_FLOOR_PERCENT
              + " % or more " + element + " (the standards' unalloyed grades)", w.start(), w.end()));
    }
    return out;
  }

  /**
   * The element contents written beside an element's name or symbol, by symbol, in text order; the
   * purity of the principal one, when it is more than half, goes to {@code out} after them.
   */
  private Map<String, Fact> sharesBeside(String text, String language, List<Word> words, List<Fact> out) {
    Map<String, Fact> bySymbol = new LinkedHashMap<>();
    Fact principal = null;
    double largest = 0;
    for (FoundQuantity q : QuantityFinder.forLanguage(language).find(text)) {
      if (!(q.measurement() instanceof Quantity share) || !ChemicalShares.isWeightShare(share)) {
        continue;
      }
      Word beside = wordBefore(text, words, q.start());
      String symbol = beside == null ? null : elementOf(text, beside);
      if (symbol == null) {
        beside = wordAfter(text, words, q.end());
        symbol = beside == null ? null : elementOf(text, beside);
      }
      if (symbol == null || bySymbol.containsKey(symbol)) {
        continue;
      }
      String element = ElementContents.nameOfSymbol(symbol).orElseThrow();
      int start = Math.min(q.start(), beside.start());
      int end = Math.max(q.end(), beside.end());
      Fact fact = new Fact(ElementContents.contentOf(element), share, List.of(), FactOrigin.DERIVED,
          "the " + element + " content the text gives, " + text.substring(start, end), start, end);
      bySymbol.put(symbol, fact);
      double percent = share.toSi() * 100;
      if (percent > largest) {
        largest = percent;
        principal = fact;
      }
    }
    out.addAll(bySymbol.values());
    if (principal != null && largest > 50) {
      out.add(new Fact(Parameters.PURITY, principal.value(), List.of(), FactOrigin.DERIVED,
          principal.source() + ": the content of the principal element is the purity", principal.start(), principal.end()));
    }
    return bySymbol;
  }

  /** The element a word names by its name or its symbol (case as written), unless it is an isotope's. */
  private String elementOf(String text, Word w) {
    String symbol = names.get(w.lower());
    if (symbol == null && w.surface().length() == 2 && !WORDLIKE_SYMBOLS.contains(w.surface())
        && ElementContents.nameOfSymbol(w.surface()).isPresent()) {
      symbol = w.surface();
    }
    return symbol == null || isotope(text, w) ? null : symbol;
  }

  /** The word that ends just before {@code at}, with only spaces, a colon or an equals sign between. */
  private static Word wordBefore(String text, List<Word> words, int at) {
    int i = at;
    while (i > 0 && " \t:=(".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    for (Word w : words) {
      if (w.end() == i) {
        return w;
      }
    }
    return null;
  }

  /** The word that starts just after {@code at}, with only spaces between. */
  private static Word wordAfter(String text, List<Word> words, int at) {
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    for (Word w : words) {
      if (w.start() == i) {
        return w;
      }
    }
    return null;
  }

  /** "uranium-235", "Ra-226", "Ti-6Al-4V": a nuclide or an alloy's designation, not the element alone. */
  private static boolean isotope(String text, Word w) {
    int e = w.end();
    return e + 1 < text.length() && text.charAt(e) == '-' && Character.isDigit(text.charAt(e + 1));
  }

  /**
   * Whether a word near the name makes it something other than the unalloyed metal: a modifier word
   * within reach, or another metal joined to it by a hyphen or a slash ("nickel-chromium", "Ni/Cr").
   */
  private boolean modified(String text, List<Word> words, int at) {
    for (int j = Math.max(0, at - MODIFIER_REACH); j <= Math.min(words.size() - 1, at + MODIFIER_REACH); j++) {
      if (j != at && modifiers.contains(words.get(j).lower())) {
        return true;
      }
    }
    for (int j : new int[] {at - 1, at + 1}) {
      if (j < 0 || j >= words.size()) {
        continue;
      }
      Word other = words.get(j);
      Word first = j < at ? other : words.get(at);
      Word second = j < at ? words.get(at) : other;
      String between = text.substring(first.end(), second.start());
      if ((between.equals("-") || between.equals("/")) && names.containsKey(other.lower())) {
        return true;
      }
    }
    return false;
  }

  /** The metal a German compound begins with, unless what follows its name is a modifier. */
  private String germanHead(String lower) {
    for (Map.Entry<String, String> e : germanNames.entrySet()) {
      String name = e.getKey();
      // no German metal name begins another ("Titan", "Tantal", "Niob"...), so at most one matches
      if (lower.length() >= name.length() + MIN_COMPOUND_REST && lower.startsWith(name)) {
        String rest = lower.substring(name.length());
        for (String modifier : modifiers) {
          if (rest.startsWith(modifier) || rest.endsWith(modifier)) {
            return null;
          }
        }
        return e.getValue();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "MetalMentions[" + names.size() + " names, " + modifiers.size() + " modifiers]";
  }
}
