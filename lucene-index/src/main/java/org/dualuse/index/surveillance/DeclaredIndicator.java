package org.dualuse.index.surveillance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.CyberSurveillanceElement;
import org.dualuse.core.classify.ElementEvidence;

/**
 * A kind of item the Article 5 screen can raise, as an {@code indicator} row of
 * {@link Article5Screen#RESOURCE} declares it, and the decision whether a text raises it (see
 * {@link #raise}). Immutable and thread-safe.
 *
 * @param name the indicator's name
 * @param requires the elements of Article 2(20) the text must show
 * @param reason why such items are a concern
 * @param line the row's line, for error messages
 */
record DeclaredIndicator(String name, Set<CyberSurveillanceElement> requires, String reason, int line) {

  private static final Set<CyberSurveillanceElement> ALL = EnumSet.allOf(CyberSurveillanceElement.class);

  /**
   * The indicator, when the elements shown meet what it requires and nothing holds it back.
   *
   * <p>An element is shown by its own words unless the text denies it, else by the trigger words of
   * a fired rule that shows it: "anonymous" cancels "individuals", not "IMSI catcher". A text that
   * denies covertness and does not show it raises nothing. A look-alike holds the indicator back when
   * it always does, or when the text shows none of covertness, security-authority users or chosen
   * target persons.
   *
   * @param triggers the trigger words of the indicator's fired rules; empty when it is raised by the
   *     elements alone
   * @param shows per element, the trigger words of the fired rules that show it
   */
  Optional<Article5Indicator> raise(List<String> triggers, Map<CyberSurveillanceElement, List<String>> shows,
      DefinitionElements.Reading reading, Optional<Article5Screen.LookalikeMatch> lookalike) {
    Map<CyberSurveillanceElement, List<String>> effective = new EnumMap<>(CyberSurveillanceElement.class);
    for (CyberSurveillanceElement e : CyberSurveillanceElement.values()) {
      // the element's own words say it best; a rule's trigger words stand in where they are missing
      // or denied ("anonymous" cancels "individuals", not "IMSI catcher")
      List<String> words = reading.denied(e).isEmpty() ? reading.shown(e) : List.of();
      if (words.isEmpty()) {
        words = shows.getOrDefault(e, List.of());
      }
      if (!words.isEmpty()) {
        effective.put(e, words);
      }
    }
    if (!effective.keySet().containsAll(requires)) {
      return Optional.empty();
    }
    boolean covert = effective.containsKey(CyberSurveillanceElement.COVERT);
    if (!covert && !reading.denied(CyberSurveillanceElement.COVERT).isEmpty()) {
      return Optional.empty();
    }
    // a look-alike gives way where the text says the monitoring is covert, that the item is made for
    // security authorities, or that it is aimed at chosen persons (suspects, activists): none of these
    // is what protective or commercial products are
    boolean purpose = covert || effective.containsKey(CyberSurveillanceElement.SPECIALLY_DESIGNED)
        || !reading.targeted().isEmpty();
    if (lookalike.isPresent() && (lookalike.get().always() || !purpose)) {
      return Optional.empty();
    }
    List<ElementEvidence> evidence = new ArrayList<>();
    List<CyberSurveillanceElement> missing = new ArrayList<>();
    for (CyberSurveillanceElement e : ALL) {
      if (effective.containsKey(e)) {
        evidence.add(new ElementEvidence(e, effective.get(e)));
      } else {
        missing.add(e);
      }
    }
    List<String> words = triggers.isEmpty() ? elementWords(effective) : triggers;
    return Optional.of(new Article5Indicator(name, words, reason, evidence, missing));
  }

  /** The words of an indicator raised by the elements alone: those that show covertness and the data work. */
  private static List<String> elementWords(Map<CyberSurveillanceElement, List<String>> effective) {
    List<String> out = new ArrayList<>();
    for (CyberSurveillanceElement e : List.of(CyberSurveillanceElement.COVERT, CyberSurveillanceElement.DATA_PROCESSING)) {
      effective.getOrDefault(e, List.of()).stream().filter(w -> !out.contains(w)).forEach(out::add);
    }
    return out;
  }

  /** The rules of one indicator that fired on a text: their trigger words and what they show. */
  static final class FiredRules {
    private final List<String> triggers = new ArrayList<>();
    private final Map<CyberSurveillanceElement, List<String>> shows = new EnumMap<>(CyberSurveillanceElement.class);

    void add(List<String> words, Set<CyberSurveillanceElement> elements) {
      // a word inside a trigger of an earlier rule ("IMSI" in "IMSI catcher") says nothing new
      words.stream().filter(w -> triggers.stream().noneMatch(t -> t.contains(w))).forEach(triggers::add);
      for (CyberSurveillanceElement e : elements) {
        List<String> into = shows.computeIfAbsent(e, k -> new ArrayList<>());
        words.stream().filter(w -> !into.contains(w)).forEach(into::add);
      }
    }

    /** The indicator raised by these rules, as {@link DeclaredIndicator#raise}. */
    Optional<Article5Indicator> raise(DeclaredIndicator indicator, DefinitionElements.Reading reading,
        Optional<Article5Screen.LookalikeMatch> lookalike) {
      return indicator.raise(triggers, shows, reading, lookalike);
    }
  }
}
