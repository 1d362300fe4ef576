package org.dualuse.index.surveillance;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.Note;
import org.dualuse.core.parse.CyberSurveillanceRule;

/**
 * Checks the notes that release cyber-surveillance items against a product text: the 5A001.f Note
 * (analogue PMR and WLAN interception, network operators' equipment, development and production
 * equipment), the 5A001.j Note (marketing, QoS, QoE), the 5D001.e Note (billing, QoS, QoE, mediation
 * devices, mobile payment), the 4D004 Note (authorised updates), 4E001.c Note 1 (vulnerability
 * disclosure, cyber incident response) and the Notes to 5A004.b (development and production
 * equipment; debuggers, logical extraction only, chip-off or JTAG, jail-breaking only).
 *
 * <p>The cues come from the notes' own text in the list, by one rule (see {@link ReleaseClause} for
 * how a note is read): each alternative of a release clause keeps its <em>distinctive words</em>
 * (compared with plurals folded, not stemmed, so that "operators" does not meet "operates"),
 * the words left after dropping function words, the annex's boilerplate ("equipment", "specially
 * designed", "purposes") and every word of the node that holds the note, its ancestors and the
 * candidate (those describe the controlled item, not the release). An alternative applies when the
 * text has one of its acronyms ({@code QoS}, {@code JTAG}), or at least 60 % of its distinctive
 * words and at least two of them (the only one when it has one). A conjunctive clause ("meeting all
 * the following") needs a word of its head and of every condition it can show; conditions that
 * require something not to be the case cannot be shown from a description and are skipped. An
 * alternative that is "limited to" something is refused when the text also shows the controlled
 * function itself (the {@code defining} cues of the supplement), since then it is not limited.
 *
 * <p>A small supplement ({@code surveillance-release-cues.tsv}) adds the words users write for the
 * notes' words ({@code traffic shaping} for {@code QoS}, {@code Wi-Fi} for {@code WLAN}); its header
 * documents the format. Only candidates at, above or below a cyber-surveillance node are checked
 * (flagged in the list or an anchor of {@link CyberSurveillanceRule}), and only notes held by such
 * nodes in the candidate's entry that concern the candidate.
 *
 * <p>Immutable in what it answers and thread-safe; it remembers the clauses it prepared per list and
 * candidate. {@link #standard()} is loaded once.
 */
public final class CyberSurveillanceNotes {

  /** The bundled supplement, relative to this class. */
  public static final String RESOURCE = "surveillance-release-cues.tsv";

  private static final Set<String> BOILERPLATE = stems(
      "a an the of for to and or in on by with from at as any all following specially specifically "
          + "designed modified equipment system systems item items software technology component "
          + "components device devices use used using purpose purposes limited provide providing "
          + "meeting only operates operate receiving it its is are be being not that which this "
          + "these those such other than control controls include includes note specified type "
          + "types e g i ie eg one more after before whether there their them they");
  private static final Pattern LIMITED = Pattern.compile("(?i)\\blimited to\\b");
  private static final Pattern NEGATIVE = Pattern.compile("(?i)\\bnot\\b");

  private final List<Alias> aliases;
  private final Map<ControlCode, List<Cue>> defining;
  // per list and candidate code, the clauses to check
  private final PreparedPerNode<List<Clause>> clauses =
      new PreparedPerNode<>((node, list) -> List.copyOf(clausesFor(node, list)));

  private CyberSurveillanceNotes(List<Alias> aliases, Map<ControlCode, List<Cue>> defining) {
    this.aliases = aliases;
    this.defining = defining;
  }

  /** The checker with the bundled supplement. */
  public static CyberSurveillanceNotes standard() {
    return Standard.NOTES;
  }

  /**
   * Reads a supplement in the format of the bundled one.
   *
   * @param reader the rows
   * @param source the name used in error messages
   * @throws CueFileFormatException naming the source and line of the first bad row
   * @throws UncheckedIOException when the reader fails
   */
  public static CyberSurveillanceNotes read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    List<Alias> aliases = new ArrayList<>();
    Map<ControlCode, List<Cue>> defining = new HashMap<>();
    CueFileRows.read(reader, source, (f, lineNo) -> {
      if (f.length != 5) {
        throw new IllegalArgumentException("expected 5 TAB-separated columns (kind, key, lang, cues, source), found " + f.length);
      }
      CueFileRows.source(f, 4);
      if (!f[2].strip().matches("[a-z]{2}(,[a-z]{2})*")) {
        throw new IllegalArgumentException("language must be ISO 639-1 codes, was '" + f[2] + "'");
      }
      CueGroup cues = CueGroup.parse(f[3]);
      if (cues.negated()) {
        throw new IllegalArgumentException("cues cannot be negated here");
      }
      switch (f[0].strip()) {
        case "alias" -> aliases.add(Alias.of(f[1], cues.cues()));
        case "defining" -> {
          ControlCode code = ControlCode.tryParse(f[1].strip())
              .orElseThrow(() -> new IllegalArgumentException("not a control code: '" + f[1] + "'"));
          defining.computeIfAbsent(code, k -> new ArrayList<>()).addAll(cues.cues());
        }
        default -> throw new IllegalArgumentException("unknown row kind '" + f[0] + "' (expected alias or defining)");
      }
    });
    Map<ControlCode, List<Cue>> frozen = new HashMap<>();
    defining.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new CyberSurveillanceNotes(List.copyOf(aliases), Map.copyOf(frozen));
  }

  /**
   * Whether a note of the list releases the product from this candidate.
   *
   * @param candidate a code the classifier proposes
   * @param productText the product description; null is treated as empty
   * @param list the list the candidate belongs to
   * @return the reason, naming the note and the words of the text that show it applies; empty when
   *     no surveillance release note applies (or the candidate is not a surveillance item or not in
   *     the list)
   */
  public Optional<String> release(ControlCode candidate, String productText, ControlList list) {
    return releaseOf(candidate, ProductText.of(productText), list);
  }

  /** As {@link #release(ControlCode, String, ControlList)}, on a text read once. */
  public Optional<String> releaseOf(ControlCode candidate, ProductText productText, ControlList list) {
    if (productText.isBlank()) {
      return Optional.empty();
    }
    // most candidates are not surveillance items and have no clause
    List<Clause> clauses = clausesOf(candidate, list);
    Optional<String> released = clauses.isEmpty() ? Optional.empty() : test(clauses, productText);
    return released.isPresent() ? released : takenOut(candidate, productText, list);
  }

  /**
   * Software or technology whose own release note takes cyber-surveillance items out of it
   * ({@code 5E002.a}: "does not control technology for items specified in 5A004.b"; its flag is NONE
   * with those items, see {@link CyberSurveillanceRule}) is released when the text shows the
   * controlled function of such an item by the {@code defining} cues of the supplement: one cue for
   * each of the item's all-of conditions that has cues of its own (5A004.b: raw data extracted, and
   * authentication circumvented), else one cue of the item itself.
   */
  private Optional<String> takenOut(ControlCode candidate, ProductText productText, ControlList list) {
    Optional<ControlNode> node = list.find(candidate);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    CyberSurveillanceFlag flag = node.get().cyberSurveillanceFlag();
    if (flag.scope() != CyberSurveillanceScope.NONE || flag.items().isEmpty()) {
      return Optional.empty();
    }
    for (ControlCode item : flag.items()) {
      Optional<ControlNode> itemNode = list.find(item);
      List<List<Cue>> conditions = new ArrayList<>();
      if (itemNode.isPresent() && itemNode.get().childLogic() == org.dualuse.core.model.ChildLogic.ALL_OF) {
        for (ControlNode condition : itemNode.get().children()) {
          List<Cue> cues = defining.get(condition.code());
          if (cues != null) {
            conditions.add(cues);
          }
        }
      }
      if (conditions.isEmpty() && defining.containsKey(item)) {
        conditions.add(defining.get(item));
      }
      List<String> shown = new ArrayList<>();
      for (List<Cue> cues : conditions) {
        cues.stream().map(c -> c.findIn(productText)).flatMap(Optional::stream).findFirst().ifPresent(shown::add);
      }
      if (!conditions.isEmpty() && shown.size() == conditions.size()) {
        return Optional.of("Released by the release note of " + candidate + ", which takes out what serves " + item
            + ": the product text shows the function of " + item + " ("
            + String.join(", ", shown.stream().map(w -> "\"" + w + "\"").toList()) + ").");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> test(List<Clause> clauses, ProductText text) {
    for (Clause clause : clauses) {
      Optional<String> why = clause.test(text);
      if (why.isPresent()) {
        return why;
      }
    }
    return Optional.empty();
  }

  /** The clauses checked for a candidate, prepared on first use; empty when it is not in the list. */
  private List<Clause> clausesOf(ControlCode candidate, ControlList list) {
    List<Clause> found = clauses.get(candidate, list);
    return found == null ? List.of() : found;
  }


  /**
   * The release clauses checked for a candidate, cited as the annex would ({@code 5A001.j Note})
   * with their alternatives; for explanations and tests.
   */
  public List<String> clausesChecked(ControlCode candidate, ControlList list) {
    return list.find(candidate).map(n -> clausesFor(n, list).stream().map(Clause::describe).toList()).orElse(List.of());
  }

  private List<Clause> clausesFor(ControlNode candidate, ControlList list) {
    ControlCode code = candidate.code();
    List<ControlNode> chain = new ArrayList<>();
    chain.add(candidate);
    chain.addAll(list.ancestorsOf(code));
    List<Clause> out = new ArrayList<>();
    addClauses(out, chain.get(chain.size() - 1), code, candidate, list);
    // software or technology "specified in" / "performing the functions of" a surveillance item is
    // released with it: what a note takes out of the item is not the item the software serves
    ProductGroup g = code.group();
    if ((g == ProductGroup.D || g == ProductGroup.E) && isSurveillance(candidate)) {
      for (ControlNode n : chain) {
        for (ControlCode named : CodesInText.codes(n.text())) {
          Optional<ControlNode> item = list.find(named);
          if (item.isPresent() && isSurveillance(item.get()) && named.group() != g) {
            addClauses(out, list.get(named.entry()), named, candidate, list);
          }
        }
      }
    }
    return out;
  }

  private void addClauses(List<Clause> out, ControlNode entry, ControlCode concerned, ControlNode candidate,
      ControlList list) {
    List<ControlNode> holders = new ArrayList<>();
    entry.forEach(n -> {
      if (isSurveillance(n) && !n.notes().isEmpty()) {
        holders.add(n);
      }
    });
    for (ControlNode holder : holders) {
      for (Note note : holder.notes()) {
        for (ReleaseClause rc : ReleaseClause.read(holder.code(), note)) {
          if (rc.concerns(concerned)) {
            out.add(prepare(rc, holder, candidate, list));
          }
        }
      }
    }
  }

  /**
   * The nodes whose notes are read here: cyber-surveillance items and the items grouped with them
   * under one heading (the notes of 5A001.f hang on the heading of both), not the software and
   * technology that merely covers them.
   */
  private static boolean isSurveillance(ControlNode n) {
    CyberSurveillanceScope scope = n.cyberSurveillanceFlag().scope();
    return scope == CyberSurveillanceScope.IS_ITEM || scope == CyberSurveillanceScope.GROUPED_WITH
        || CyberSurveillanceRule.anchorOf(n.code()).isPresent();
  }

  private Clause prepare(ReleaseClause rc, ControlNode holder, ControlNode candidate, ControlList list) {
    Set<String> known = new HashSet<>(BOILERPLATE);
    known.addAll(stems(holder.text()));
    list.ancestorsOf(holder.code()).forEach(a -> known.addAll(stems(a.text())));
    known.addAll(stems(candidate.text()));
    Set<String> headKnown = new HashSet<>(known);
    Words head = words(rc.head(), known);
    headKnown.addAll(head.stems());
    List<Piece> alternatives = new ArrayList<>();
    for (int k = 0; k < rc.alternatives().size(); k++) {
      String alt = rc.alternatives().get(k);
      String en = rc.enumerators().get(k);
      if (rc.conjunctive()) {
        alternatives.add(Piece.of(en, alt, words(alt, headKnown)));
        continue;
      }
      // "analogue PMR, IEEE 802.11 WLAN": a comma list names several things; each is an alternative
      // of its own when every part keeps a distinctive word
      List<Words> parts = new ArrayList<>();
      for (String part : alt.split(",\\s+")) {
        parts.add(words(part, known));
      }
      if (parts.size() > 1 && parts.stream().allMatch(w -> !w.stems().isEmpty())) {
        parts.forEach(w -> alternatives.add(Piece.of(en, alt, w)));
      } else {
        alternatives.add(Piece.of(en, alt, words(alt, known)));
      }
    }
    List<Cue> refusal = new ArrayList<>();
    defining.forEach((c, cues) -> {
      if (c.isPrefixOf(holder.code()) || holder.code().isPrefixOf(c) || c.isPrefixOf(candidate.code())) {
        refusal.addAll(cues);
      }
    });
    return new Clause(rc, head, alternatives, refusal);
  }

  /**
   * The distinctive words of a piece of note text, with the supplement's user phrases for the note
   * phrases of the piece that have a distinctive word in it: which aliases serve a piece depends
   * only on the piece, so it is settled here and not for every product text.
   */
  private Words words(String text, Set<String> known) {
    Words w = Words.of(text, known, List.of());
    List<Cue> userPhrases = new ArrayList<>();
    for (Alias alias : aliases) {
      if (alias.noteWords().stream().anyMatch(w.stems()::contains) && alias.notePhrase().findIn(w.text(), w.all()).isPresent()) {
        userPhrases.addAll(alias.userPhrases());
      }
    }
    return new Words(w.text(), w.all(), w.stems(), w.acronyms(), List.copyOf(userPhrases));
  }

  private static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    Word.of(text).forEach(w -> out.add(w.light()));
    return out;
  }

  /**
   * One alternative (or part of one) of a clause: its enumerator, its full text, its words, whether
   * it is "limited to" something and whether it says "not" (both read once, here).
   */
  private record Piece(String enumerator, String alternative, Words words, boolean limited, boolean negative) {
    static Piece of(String enumerator, String alternative, Words words) {
      return new Piece(enumerator, alternative, words, LIMITED.matcher(alternative).find(),
          NEGATIVE.matcher(words.text()).find());
    }
  }

  /** An alias of the supplement: user phrases that stand for a phrase of a note. */
  private record Alias(Cue notePhrase, Set<String> noteWords, List<Cue> userPhrases) {
    static Alias of(String notePhrase, List<Cue> userPhrases) {
      Set<String> words = new HashSet<>();
      Word.of(notePhrase).forEach(w -> words.add(w.light()));
      words.removeAll(BOILERPLATE);
      return new Alias(Cue.parse(notePhrase), Set.copyOf(words), userPhrases);
    }
  }

  /**
   * The distinctive words of a piece of note text: stems to show, acronyms, the text itself, and the
   * supplement's user phrases that stand for its note phrases, in the supplement's order.
   */
  private record Words(String text, List<Word> all, Set<String> stems, Set<String> acronyms, List<Cue> userPhrases) {
    static Words of(String text, Set<String> known, List<Cue> userPhrases) {
      List<Word> all = Word.of(text);
      Set<String> stems = new LinkedHashSet<>();
      Set<String> acronyms = new LinkedHashSet<>();
      for (Word w : all) {
        if (known.contains(w.light()) || w.light().length() < 2) {
          continue;
        }
        stems.add(w.light());
        // an acronym has at least two capitals and no more small letters than capitals (PMR, QoS)
        long upper = w.surface().chars().filter(Character::isUpperCase).count();
        long lower = w.surface().chars().filter(Character::isLowerCase).count();
        if (upper >= 2 && lower <= upper) {
          acronyms.add(w.light());
        }
      }
      return new Words(text, all, stems, acronyms, List.copyOf(userPhrases));
    }
  }

  private final class Clause {
    private final ReleaseClause rc;
    private final Words head;
    private final List<Piece> alternatives;
    private final List<Cue> refusal;
    private final boolean limitedHead;

    Clause(ReleaseClause rc, Words head, List<Piece> alternatives, List<Cue> refusal) {
      this.rc = rc;
      this.head = head;
      this.alternatives = alternatives;
      this.refusal = refusal;
      this.limitedHead = LIMITED.matcher(rc.head()).find();
    }

    String describe() {
      return rc.citation() + " releasing " + rc.releases() + (rc.conjunctive() ? " if all of: " : " if any of: ")
          + alternatives.stream().map(a -> a.words().text() + " " + a.words().stems()).toList();
    }

    Optional<String> test(ProductText text) {
      if (rc.conjunctive()) {
        List<String> shown = new ArrayList<>();
        Optional<String> h = evidence(head, text, 1);
        if (h.isEmpty()) {
          return Optional.empty();
        }
        shown.add(h.get());
        for (Piece piece : alternatives) {
          if (piece.negative()) {
            continue; // "is not any of the following": a description cannot show an absence
          }
          Optional<String> c = evidence(piece.words(), text, 1);
          if (c.isEmpty()) {
            return Optional.empty();
          }
          if (!shown.contains(c.get())) {
            shown.add(c.get());
          }
        }
        if (limitedHead && refused(text).isPresent()) {
          return Optional.empty();
        }
        return Optional.of(reason("all its conditions", shown));
      }
      for (Piece piece : alternatives) {
        Optional<String> e = evidence(piece.words(), text, 0);
        if (e.isEmpty()) {
          continue;
        }
        boolean limited = piece.limited() || limitedHead;
        if (limited && refused(text).isPresent()) {
          continue;
        }
        String en = piece.enumerator();
        return Optional.of(reason((en.isEmpty() ? "" : en + " ") + piece.alternative(), List.of(e.get())));
      }
      return Optional.empty();
    }

    private String reason(String what, List<String> shown) {
      return "Released by " + rc.citation() + " (" + what + "): the product text says "
          + String.join(", ", shown.stream().map(s -> "\"" + s + "\"").toList()) + ".";
    }

    /**
     * Words of the text that show the piece applies, or empty: its own distinctive words first, then
     * the supplement's user phrases for a note phrase of the piece with a distinctive word in it
     * (an update alias serves the head that is about updates, not a condition that repeats it). A minimum of 0
     * means the default rule of the class comment; 1 means one word suffices.
     */
    private Optional<String> evidence(Words piece, ProductText text, int minimum) {
      List<String> surfaces = new ArrayList<>();
      int matched = 0;
      for (String stem : piece.stems()) {
        if (text.hasLight(stem)) {
          matched++;
          surfaces.add(surfaceOf(stem, text));
          if (piece.acronyms().contains(stem) && minimum == 0) {
            return Optional.of(surfaceOf(stem, text));
          }
        }
      }
      int n = piece.stems().size();
      boolean enough = minimum > 0
          ? matched >= minimum
          : n > 0 && matched >= Math.min(2, n) && matched >= 0.6 * n;
      if (enough) {
        return Optional.of(String.join(" ", surfaces));
      }
      for (Cue user : piece.userPhrases()) {
        Optional<String> hit = user.findIn(text);
        if (hit.isPresent()) {
          return hit;
        }
      }
      return Optional.empty();
    }

    private Optional<String> refused(ProductText text) {
      for (Cue cue : refusal) {
        Optional<String> hit = cue.findIn(text);
        if (hit.isPresent()) {
          return hit;
        }
      }
      return Optional.empty();
    }

    private String surfaceOf(String stem, ProductText text) {
      for (Word w : text.words()) {
        if (w.light().equals(stem)) {
          return w.surface();
        }
      }
      return stem;
    }
  }

  private static final class Standard {
    static final CyberSurveillanceNotes NOTES = load();

    private static CyberSurveillanceNotes load() {
      InputStream in = CyberSurveillanceNotes.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing beside " + CyberSurveillanceNotes.class.getName());
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    }
  }
}
