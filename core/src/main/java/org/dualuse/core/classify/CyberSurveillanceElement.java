package org.dualuse.core.classify;

/**
 * The elements of the definition of cyber-surveillance items in Article 2(20) of Regulation (EU)
 * 2021/821: items <em>specially designed</em> to enable the <em>covert</em> surveillance of
 * <em>natural persons</em> by <em>monitoring, extracting, collecting or analysing data</em> from
 * <em>information and telecommunication systems</em>. The Commission's guidance on non-listed
 * cyber-surveillance items (Recommendation (EU) 2024/2659) reads the definition element by element;
 * an Article 5 indicator says which of them a product text shows and which it does not.
 */
public enum CyberSurveillanceElement {

  /** Made for the purpose: "designed for", "for law enforcement", a named surveillance customer. */
  SPECIALLY_DESIGNED("specially designed"),

  /** Without the knowledge of the persons concerned: covert, hidden, stealth, undetected. */
  COVERT("to enable covert surveillance"),

  /** The surveillance is of people: persons, subscribers, targets, their identities, messages, faces. */
  NATURAL_PERSONS("of natural persons"),

  /** What is done with the data: monitoring, intercepting, extracting, collecting, analysing, tracking. */
  DATA_PROCESSING("by monitoring, extracting, collecting or analysing data"),

  /** Where the data come from: phones, networks, computers, online accounts, camera networks. */
  ICT_SYSTEMS("from information and telecommunication systems");

  private final String wording;

  CyberSurveillanceElement(String wording) {
    this.wording = wording;
  }

  /** The element as Article 2(20) words it, e.g. "of natural persons". */
  public String wording() {
    return wording;
  }
}
