package org.dualuse.index.decision;

/**
 * The explainable features the decision rests on, each a fact about the candidate a classification
 * considers (the best candidate that no note releases, no fact fails and no "non-" excludes) and how
 * the product's text stands to it. Every feature is 0 or 1 unless its description gives a range, so
 * that a weight of the fitted {@link DecisionModel} reads as "how much this fact moves the odds".
 *
 * <p>The order is the order of the weights in the model file and of the features in explanations.
 */
public enum DecisionFeature {
  /** A vocabulary phrase (a name the annex's goods go by) points at the candidate or an ancestor. */
  VOCABULARY_PHRASE("a name of the provision's goods is in the text"),
  /** A retrieval pointer of the knowledge files (a product type of the candidate's subject) is in the text. */
  POINTER("the text names a product type of the provision's goods"),
  /** The candidate's typed criteria are met by named facts. */
  CRITERIA_MET("the facts meet the provision's criteria"),
  /**
   * {@link #CRITERIA_MET}, and every threshold or range met is met on a value no word of the text
   * names ("50 W" read as the output power of a laser inside a machine): a guess at the value's
   * parameter, which the model weighs apart from a named fact.
   */
  CRITERIA_MET_BY_GUESS("the criteria are met only on values no word names (read as the provision's parameter)"),
  /** The candidate has typed criteria that the facts do not settle. */
  CRITERIA_OPEN("the provision's criteria need facts the text does not give"),
  /**
   * {@link #CRITERIA_OPEN}, and some of the conditions on the candidate's path are met by the facts
   * while others wait on facts the text does not give: the product is shown to be part of the way
   * to the provision, which a text that settles nothing is not. Out of fold on tune it adds to the
   * odds (fitted weight positive), so that only {@link #CRITERIA_OPEN} without any condition met
   * weighs fully against the provision.
   */
  CRITERIA_PARTLY_MET("some of the provision's conditions are met, others need facts"),
  /**
   * {@link #CRITERIA_OPEN} while the text names the candidate's kind of goods ({@link
   * #SUBJECT_MATCH}): a product of the provision's kind whose text does not state the performance
   * the provision asks for, the usual shape of an ordinary model of listed goods. It adds to the
   * weight of {@link #CRITERIA_OPEN} (fitted weight negative). It replaces "open without a subject",
   * the same information whose fitted weight came out positive and read as a reason for the provision.
   */
  CRITERIA_OPEN_ON_SUBJECT("criteria need facts although the text names the provision's kind of goods"),
  /**
   * A value the text names (or the user states) fails a threshold or range on the candidate's path,
   * though the candidate is not failed: another threshold is met, or the failed one is an
   * alternative beside others the facts leave open. The stated figures speak against the provision
   * in part, which the criteria's truth alone does not show. A value no word names is a guess at its
   * parameter and never counts here, as it fails nothing. (Counted only while the criteria are open,
   * it fitted worse out of fold on tune: log-loss 0.4423 against 0.4415.)
   */
  CRITERIA_FAILED_IN_PART("a value the text states fails a condition of the provision"),
  /** The text names the candidate's code, an ancestor's or a descendant's. */
  NAMES_CODE("the text names the control code"),
  /** The text names a chemical of the candidate by its CAS number or by the annex's name of it. */
  NAMES_IDENTITY("the text names a substance of the provision (CAS number or name)"),
  /** The text names goods of the subject of the candidate (or of its ancestors or descendants). */
  SUBJECT_MATCH("the text names the provision's kind of goods"),
  /**
   * The text names goods of some subject of the list (the candidate's or another's): the product is
   * of a kind the annex controls. Whether it is the candidate's kind is {@link #SUBJECT_MATCH}, which
   * adds to it. (Fitted as "another kind than the provision's", the weight came out positive, which
   * read as a reason for the provision; as the kind of goods named at all the signs say what they mean,
   * and the fit is the same one.)
   */
  ANY_SUBJECT("the text names a kind of goods the list controls"),
  /** The text names a look-alike of the candidate's subject ("riot shield" for body armour). */
  SUBJECT_DENIED("the text names a look-alike of the provision's goods"),
  /** Only one word of the text speaks for the candidate, and nothing else does. */
  ONE_WORD("one word of the text is all that speaks for the provision"),
  /**
   * How the candidate stands against the provisions a note released, the facts failed or the
   * node's own text excluded: the log of the best such node's score before the checks over the
   * candidate's, 0 when none fits the text better, at most {@value DecisionFeatures#MAX_OUTSHONE}.
   * The more a released or failed provision fits the text better, the likelier the product is the
   * released item. It is the one feature of the candidate's rank: it replaces a yes/no "outshone"
   * (a released node fitting twice as well), "not first" (a released node still ranking above after
   * the checks, which only ever fired with "outshone" and was fitted positive) and the margin over
   * the next candidate (fitted negative beside the amount of evidence, and worth nothing out of
   * fold on tune as a lead over every other candidate: weight -0.05). Out of fold on tune, beside
   * the criteria features, the three gave log-loss 0.4411 and this one alone 0.4415, at 0.5 listed
   * F1 0.805 / not-listed accuracy 0.791 against 0.802 / 0.798.
   */
  OUTSHONE("a released or failed provision fits the text better (log ratio of scores)"),
  /** log(1 + number of distinct words of the text the candidate matched). */
  EVIDENCE_WORDS("how many of the text's words it matched (log)"),
  /**
   * log(1 + the word weight of the text the candidate covers, in units of the weight of a word found
   * in one node): how much evidence there is, whatever else the text says. Neither the text's length
   * nor the share of it the candidate covers is a feature: on the team's corpus long texts were more
   * often listed, a trait of how the cases were written, and a model that could read the length (from
   * it, or from a share beside an amount) listed long descriptions of ordinary goods. Out of fold on
   * tune, the amount alone scores listed F1 0.782 and not-listed accuracy 0.789; the share alone
   * 0.774 and 0.760.
   */
  COVERED_WEIGHT("how much of the text's word weight speaks for the provision (log)"),
  /**
   * log(1 + the part of {@link #COVERED_WEIGHT} that the candidate covers only through the English
   * words the lexicon reads a German, French or Italian word as): a translated word may mean other
   * things than the annex's word, so its evidence is weighed on its own.
   */
  TRANSLATED_WEIGHT("how much of that word weight it matched only in translation (log)"),
  /** An N.B. whose words the text has sent the product to the candidate. */
  REDIRECTED("an N.B. sends the product here"),
  /** The text is software or technology and the candidate goods, or the other way round. */
  KIND_MISMATCH("the text is software or technology and the provision goods, or the reverse");

  private final String description;

  DecisionFeature(String description) {
    this.description = description;
  }

  /** What the feature says, in words for explanations. */
  public String description() {
    return description;
  }
}
