package org.dualuse.lists.source;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.parse.CyberSurveillanceRule;
import org.dualuse.core.parse.CyberSurveillanceRule.Heading;
import org.dualuse.core.parse.ListProfile;

/**
 * The profile of the EU dual-use list (Annex I of Regulation (EU) 2021/821), every version the readers
 * of this package make ({@link EuConsolidatedJsonReader}, {@link OfficialJournalPdfReader}: ids
 * starting {@value EuConsolidatedJsonReader#DEFAULT_ID_PREFIX}). Registered as a {@link ListProfile}
 * service by this module.
 *
 * <ul>
 *   <li><b>Cyber-surveillance headings</b> (Article 2(20)): the seven headings whose own words
 *       describe monitoring, extracting, collecting or analysing data about persons from information or
 *       telecommunication systems, with everything below them, and two narrower headings under the
 *       interception heading {@code 5A001.f}, read from their own text. The jammers of
 *       {@code 5A001.f.3} are items: they act "selectively" and may "seduce" the service, by simulating
 *       the radio access network or exploiting the protocol, so they single out handsets by the
 *       subscriber identities they take from the network (the IMSI catcher's technique). The RF
 *       monitoring equipment of {@code 5A001.f.4} is not: it identifies the operation of interception or
 *       jamming equipment, so it watches equipment, not persons, and is
 *       {@link CyberSurveillanceScope#GROUPED_WITH grouped with} them. The reasons paraphrase the
 *       annex text.
 *   <li><b>General notes</b>: the Cryptography Note (Category 5 Part 2, Note 3), the General Software
 *       Note and the General Technology Note.
 *   <li><b>Vocabulary</b>: the vocabulary and knowledge files bundled with the classifier are written
 *       for this list's codes.
 *   <li><b>Catch-all screen</b>: Article 5 (cyber-surveillance items not listed).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class EuListProfile implements ListProfile {

  /**
   * The headings of the cyber-surveillance rule: the anchors in code order, then the two sub-headings
   * of 5A001.f, which are more specific than their anchor.
   */
  static final List<Heading> HEADINGS = List.of(
      new Heading(ControlCode.parse("4A005"), CyberSurveillanceScope.IS_ITEM,
          "equipment for the generation, command and control or delivery of \"intrusion software\", software that "
              + "extracts data from a computer or phone while evading its monitoring tools"),
      new Heading(ControlCode.parse("4D004"), CyberSurveillanceScope.IS_ITEM,
          "software for the generation, command and control or delivery of \"intrusion software\""),
      new Heading(ControlCode.parse("4E001.c"), CyberSurveillanceScope.IS_ITEM,
          "technology for the development of \"intrusion software\""),
      new Heading(ControlCode.parse("5A001.f"), CyberSurveillanceScope.IS_ITEM,
          "mobile telecommunications interception equipment, which extracts voice, data, subscriber or device "
              + "identifiers or metadata from the air interface"),
      new Heading(ControlCode.parse("5A001.j"), CyberSurveillanceScope.IS_ITEM,
          "IP network communications surveillance on a carrier-class network: extraction and indexing of content "
              + "and metadata, searches on data about individuals (hard selectors), mapping of their relational network"),
      new Heading(ControlCode.parse("5A004.b"), CyberSurveillanceScope.IS_ITEM,
          "items that extract raw data from a computing or communications device by circumventing its "
              + "authentication: a person's data taken from an information system against the protection its owner set"),
      new Heading(ControlCode.parse("5D001.e"), CyberSurveillanceScope.IS_ITEM,
          "software for law-enforcement monitoring and analysis: searches on data about individuals in intercepted "
              + "content or retained metadata, mapping of their relations or tracking of their location"),
      new Heading(ControlCode.parse("5A001.f.3"), CyberSurveillanceScope.IS_ITEM,
          "selective jamming equipment under the interception heading 5A001.f: to deny or seduce the service of "
              + "chosen handsets it simulates the radio access network or exploits the protocol, and so takes the "
              + "identities of the subscribers it singles out from the telecommunication network"),
      new Heading(ControlCode.parse("5A001.f.4"), CyberSurveillanceScope.GROUPED_WITH,
          "RF monitoring equipment filed under the interception heading 5A001.f: it identifies the operation of "
              + "interception or jamming equipment, so it watches equipment, not persons"));


  private static final CyberSurveillanceRule CYBER_SURVEILLANCE = CyberSurveillanceRule.of(HEADINGS);

  /** The profile; {@link ListProfile#of} finds it through the service registration. */
  public EuListProfile() {}

  @Override
  public String name() {
    return "EU Annex I";
  }

  @Override
  public boolean describes(String listId) {
    Objects.requireNonNull(listId, "listId");
    return listId.startsWith(EuConsolidatedJsonReader.DEFAULT_ID_PREFIX);
  }

  @Override
  public CyberSurveillanceRule cyberSurveillance() {
    return CYBER_SURVEILLANCE;
  }

  @Override
  public Set<DocumentKind> generalNotes() {
    return Set.copyOf(EnumSet.of(DocumentKind.CRYPTOGRAPHY_NOTE, DocumentKind.GENERAL_SOFTWARE_NOTE,
        DocumentKind.GENERAL_TECHNOLOGY_NOTE));
  }

  @Override
  public boolean bundledVocabulary() {
    return true;
  }

  /** The bundled data files that declare {@code # list: eu-annex-i} name this list's codes. */
  @Override
  public Set<String> dataLists() {
    return Set.of("eu-annex-i");
  }

  @Override
  public boolean catchAllScreen() {
    return true;
  }

  @Override
  public String toString() {
    return "EuListProfile";
  }
}
