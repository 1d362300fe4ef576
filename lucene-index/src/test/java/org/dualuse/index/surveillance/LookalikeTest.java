package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The look-alikes the Article 5 screen keeps apart from surveillance of persons, each by a general
 * rule (a look-alike of {@code article5-indicators.tsv} or a denial of an element in
 * {@code article2-20-elements.tsv}), on descriptions written here in English, German and French; and
 * for each, the same kind of product turned covert or targeted, which the rule must not hide.
 */
class LookalikeTest {

  private static final Article5Screen SCREEN = Article5Screen.standard();

  private static Article5Screen.Assessment assess(String text) {
    return SCREEN.assess(ProductText.of(text));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = ';', value = {
      // network performance and security monitoring of the operator's own network
      "Network performance monitor for the company's own WAN: latency, jitter and bandwidth per site; IT and network security|commercial network purposes|consent and own devices",
      "SIEM that correlates firewall and server logs of the customer's own network for its SOC; IT and network security",
      "NetFlow collector with top talkers by IP and per-application bandwidth reports; -",
      "Netzwerk-Monitoring für das eigene Firmennetz mit Bandbreitenstatistik und Ausfallalarm; consent and own devices",
      "Supervision des performances du réseau de l'entreprise, optimisation du réseau et planification de capacité; commercial network purposes",
      // counter-surveillance detectors
      "Handheld RF bug detector that finds hidden GPS trackers and listening devices in vehicles; counter-surveillance",
      "Free app that warns of IMSI catchers and fake base stations nearby; counter-surveillance",
      "Wanzendetektor zum Aufspüren von GPS-Trackern und Abhörgeräten; counter-surveillance",
      "Détecteur de micros espions et de balises GPS cachées; counter-surveillance",
      // parental control and device management with the owner's consent
      "Parental control app installed by the parents: shows the child's location and screen time; consent and own devices",
      "Mobile device management for company phones: remote wipe and location of lost devices; consent and own devices",
      "Kindersicherung für Smartphones mit Standortanzeige und Zeitlimits; consent and own devices",
      "Logiciel de contrôle parental avec localisation du téléphone de l'enfant; consent and own devices",
      // CCTV and access control without person search
      "Network video recorder for 32 IP cameras, continuous recording, no person search; video recording and access control",
      "Door access control with badge readers and visitor log for offices; video recording and access control",
      "Zutrittskontrolle mit Kartenleser und Protokollierung der Türöffnungen; video recording and access control",
      "Enregistreur vidéo pour caméras de vidéosurveillance du magasin, sans recherche de personnes; video recording and access control",
      // debuggers and protocol analysers, which the 5A004.b and 5A001.f Notes release
      "JTAG debug probe for reading and flashing the firmware of phones under development; development, test and troubleshooting tools",
      "LTE protocol analyser for base station conformance testing, captures and decodes signalling messages; development, test and troubleshooting tools",
      "Protokolltester für 5G-Basisstationen mit Aufzeichnung der Signalisierung; development, test and troubleshooting tools",
      "Analyseur de protocole pour le dépannage du réseau, capture des trames et des appels SIP; development, test and troubleshooting tools",
      // mass-market messaging with encryption
      "End-to-end encrypted messenger app for iOS and Android: messages, voice calls and video calls, free download; communications protection",
      "Threat intelligence service that monitors dark web forums for leaked credentials of the customer's employees; IT and network security",
      "Messenger mit Ende-zu-Ende-Verschlüsselung für Nachrichten und Telefonate; communications protection",
      "Messagerie chiffrée de bout en bout pour les appels et les messages des particuliers; communications protection",
  })
  void theLookalikesRaiseNoIndicator(String text, String lookalikes) {
    Article5Screen.Assessment a = assess(text);
    assertEquals(List.of(), a.indicators(), text + " -> " + a);
    if (!lookalikes.equals("-")) {
      Optional<String> found = a.lookalike().map(Article5Screen.LookalikeMatch::name);
      assertTrue(found.isPresent() && List.of(lookalikes.split("\\|")).contains(found.get()),
          text + ": expected look-alike " + lookalikes + ", found " + found);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // the same products, used on persons behind their back or made for security authorities
      "Network monitor that covertly collects the e-mails and chats of named employees; -",
      "Parental control app that hides its icon and secretly uploads the messages of a partner's phone; -",
      "Mobile device management tool for police that covertly reads the messages and location of suspects' phones; -",
      "Protocol analyser for intelligence agencies that intercepts the calls and SMS of targeted subscribers; -",
      "Video recording system that identifies persons by facial recognition and matches them against watchlists; -",
      "Social media monitoring and threat intelligence platform that profiles activists and journalists; -",
      "Threat-Intelligence-Plattform, die Beiträge in sozialen Netzwerken sammelt und Aktivisten profiliert; -",
  })
  void aLookalikeGivesWayWhereTheTextIsCovertMadeForSecurityAuthoritiesOrAimedAtChosenPersons(String text, String unused) {
    Article5Screen.Assessment a = assess(text);
    assertFalse(a.indicators().isEmpty(), text + " -> " + a);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Counter-surveillance kit for police that covertly sweeps rooms for hidden cameras and GPS trackers",
  })
  void counterSurveillanceNeverGivesWay(String text) {
    Article5Screen.Assessment a = assess(text);
    assertEquals(List.of(), a.indicators(), text + " -> " + a);
    assertEquals("counter-surveillance", a.lookalike().orElseThrow().name());
    assertTrue(a.lookalike().orElseThrow().always());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // a detector inside a surveillance camera, and a tracker that "detects" (rileva) a position, are
      // the surveillance devices themselves, not detectors of them
      "Kamera mit Bewegungsdetektor, versteckt in einem Rauchmelder, überträgt Bild und Ton heimlich an ein Smartphone",
      "Localizzatore GPS nascosto per auto: il tracker rileva la posizione della persona e la invia di nascosto",
  })
  void aSurveillanceDeviceWithADetectorIsNotACounterSurveillanceDetector(String text) {
    Article5Screen.Assessment a = assess(text);
    assertFalse(a.lookalike().map(l -> l.name().equals("counter-surveillance")).orElse(false), text + " -> " + a);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // lawful-interception mediation devices: 5D001.e does not list them (its Note), but they serve the
      // interception of persons' communications, so the screen still signals them
      "Lawful interception mediation device for a mobile operator: validates warrants and delivers intercepted calls to the authority",
      "Mediation-Software für die gesetzliche TK-Überwachung beim Netzbetreiber",
  })
  void lawfulInterceptionMediationIsKeptApartFromTheListButNotFromArticle5(String text) {
    List<String> names = assess(text).indicators().stream().map(i -> i.indicator()).toList();
    assertTrue(names.contains("communications interception"), text + " -> " + names);
  }
}
