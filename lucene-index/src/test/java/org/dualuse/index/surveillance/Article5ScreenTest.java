package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.CyberSurveillanceElement;
import org.dualuse.core.classify.ElementEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Article 5 screen on descriptions written here: the kinds of unlisted surveillance items in four
 * languages, every indicator explaining itself by the elements of Article 2(20), ordinary and
 * protective products raising nothing, and the file format refused where it is broken. The
 * look-alikes of the issue have their own test ({@link LookalikeTest}).
 */
class Article5ScreenTest {

  private static final Article5Screen SCREEN = Article5Screen.standard();

  private static List<String> names(String text) {
    return SCREEN.screen(text).stream().map(Article5Indicator::indicator).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Lawful interception mediation platform with ETSI handover interfaces for telecom operators; communications interception",
      "Passive GSM monitoring system that intercepts calls and SMS of nearby handsets; communications interception",
      "Monitoring centre for law enforcement agencies that receives intercepted calls; communications interception",
      "Analytics suite for retained call detail records that maps the contacts of targets; retained data and metadata analysis",
      "Magnetic GPS tracker hidden under a car to follow a person covertly; location tracking of persons",
      "Service that locates mobile phones of subscribers worldwide via SS7 queries; location tracking of persons",
      "Silent SMS gateway for police locating handsets; location tracking of persons",
      "Zero-click spyware for iOS and Android delivered via messenger exploit chains; intrusion and spyware",
      "Android app that records WhatsApp chats and call logs on the target phone and uploads them; communications interception",
      "Live facial recognition for CCTV networks matching passers-by against a watchlist; biometric identification at scale",
      "OSINT platform that de-anonymises the authors of forum posts and builds profiles of dissidents; social media and open-source profiling",
      "DPI probe that links decoded web traffic to subscriber MSISDN for later search; content inspection tied to persons",
      "Mobile forensics kit that bypasses the lock screen and extracts chats from seized smartphones; device and account data extraction",
      "Tool that covertly reads the e-mail of employees; covert monitoring of persons",
      "Platform for intelligence agencies that monitors the online activity of persons and their phone contacts; monitoring of persons for security authorities",
      "ANPR camera network that logs the movements of vehicles across the city; location tracking of persons",
      "Phone monitoring app that runs hidden on the phone and uploads messages and GPS positions; intrusion and spyware",
      "Wi-Fi tracking sensors that follow the MAC addresses of shoppers' phones through a mall; location tracking of persons",
      "Hardware keylogger between keyboard and PC, records every keystroke; intrusion and spyware",
  })
  void englishDescriptionsOfUnlistedSurveillanceItemsRaiseTheirKind(String text, String indicator) {
    assertTrue(names(text).contains(indicator), () -> text + " -> " + SCREEN.assess(ProductText.of(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Software für die Auswertung von Verbindungsdaten aus der Vorratsdatenspeicherung; retained data and metadata analysis",
      "Gesichtserkennung für Videoüberwachung im öffentlichen Raum; biometric identification at scale",
      "Staatstrojaner zur Quellen-TKÜ auf Smartphones; intrusion and spyware",
      "Software zur heimlichen Überwachung von Smartphones; intrusion and spyware",
      "Handyortung von Zielpersonen in Echtzeit; location tracking of persons",
      "Abhörgerät für Mobilfunkgespräche; communications interception",
      "Plattform, die Beiträge in sozialen Netzwerken sammelt und Aktivisten profiliert; social media and open-source profiling",
      "Verdeckter GPS-Peilsender für Fahrzeuge mit Magnethalterung; location tracking of persons",
      "Extraktionsgerät, das die Gerätesperre von Smartphones umgeht und Rohdaten-Abbilder erstellt; device and account data extraction",
      "Lauschsystem zum Mitschneiden von Telefongesprächen für Ermittlungsbehörden; communications interception",
      "Gerät zur rechtmäßigen Überwachung für Mobilfunkbetreiber mit ETSI-Übergabe an die Behörde; communications interception",
      "Werkzeug zur Deanonymisierung von Tor-Nutzern; social media and open-source profiling",
  })
  void germanDescriptionsRaiseTheirKind(String text, String indicator) {
    assertTrue(names(text).contains(indicator), () -> text + " -> " + SCREEN.assess(ProductText.of(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Système d'écoutes téléphoniques pour les services de renseignement; communications interception",
      "Logiciel espion pour smartphones qui transmet les messages et la localisation de la cible; intrusion and spyware",
      "Plateforme de surveillance des réseaux sociaux qui établit le profil des militants et journalistes; social media and open-source profiling",
      "Reconnaissance faciale en temps réel sur les caméras de vidéosurveillance des espaces publics; biometric identification at scale",
      "Balise GPS dissimulée pour le suivi discret des véhicules de personnes ciblées; location tracking of persons",
      "Outil qui contourne le code de verrouillage des téléphones et copie l'image brute de la mémoire; device and account data extraction",
      "Agent de surveillance des employés déployé par le service informatique : enregistrement des frappes en mode furtif; intrusion and spyware",
      "Outil de désanonymisation des utilisateurs de Tor; social media and open-source profiling",
  })
  void frenchDescriptionsRaiseTheirKind(String text, String indicator) {
    assertTrue(names(text).contains(indicator), () -> text + " -> " + SCREEN.assess(ProductText.of(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Captatore informatico per smartphone che sottrae chat e posizione del bersaglio; intrusion and spyware",
      "Sistema di intercettazione delle chiamate e degli SMS per le forze di polizia; communications interception",
      "Piattaforma di monitoraggio dei social network con profilazione di attivisti e giornalisti; social media and open-source profiling",
      "Riconoscimento facciale sulle telecamere di videosorveglianza della città; biometric identification at scale",
      "Invio di SMS silenziosi per localizzare il telefono bersaglio; location tracking of persons",
      "Strumento per deanonimizzare gli utenti Tor; social media and open-source profiling",
  })
  void italianDescriptionsRaiseTheirKind(String text, String indicator) {
    assertTrue(names(text).contains(indicator), () -> text + " -> " + SCREEN.assess(ProductText.of(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // material-master texts are short noun phrases: the terms of art must carry the elements
      "Handyspion-App für Android; intrusion and spyware",
      "GPS-Tracker verdeckt, Magnet, 4G; location tracking of persons",
      "Funkzellenabfrage Auswertesoftware; location tracking of persons",
      "OSINT-Plattform Personenprofile; social media and open-source profiling",
      "Kennzeichenerfassung mit Bewegungsprofil; location tracking of persons",
      "Forensik-Extraktionsgerät für gesperrte Smartphones; device and account data extraction",
      "Exploit-Kette Zero-Day iOS; intrusion and spyware",
      "Schulungsunterlagen Exploit-Entwicklung; intrusion and spyware",
      "Covert GPS tracker, magnetic, 4G, long battery; location tracking of persons",
      "Facial recognition search engine for law enforcement; biometric identification at scale",
      "Phone extraction kit for locked iPhones; device and account data extraction",
      "Balise GPS discrète pour véhicule; location tracking of persons",
      "Localizzatore GPS nascosto per auto; location tracking of persons",
      "Kit di intercettazione Wi-Fi tattico per le forze di polizia; communications interception",
      "Vorratsdatenspeicherung-System für Netzbetreiber; retained data and metadata analysis",
      "LEMF software for LEAs; communications interception",
      "IP probe with hard selector search; content inspection tied to persons",
  })
  void terseMaterialMasterTextsRaiseTheirKind(String text, String indicator) {
    assertTrue(names(text).contains(indicator), () -> text + " -> " + SCREEN.assess(ProductText.of(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Netzwerk-Monitoring-Software für Firmennetz, SNMP, Bandbreite",
      "GPS-Ortungsgerät für Baumaschinen, Diebstahlschutz",
      "Zutrittskontrolle mit Gesichtserkennung für Mitarbeiter",
      "Fleet tracking GPS for trucks, driver app",
      "Body-worn camera for police officers",
      "Speed camera with number plate recognition for fines",
      "Customer analytics platform for retail, footfall counting",
      "Lawful business call recording for banks (MiFID), announced to callers",
      "Home security camera with motion alerts to your phone",
      "Forensic write blocker for hard disks",
      "Bluetooth tracker tag for luggage",
      "Spy camera with hidden microphone, Wi-Fi streaming",
      "Localizzatore GPS per flotte aziendali",
      "Détecteur de traceurs GPS",
      "Kostenlose Android-App, die vor falschen Basisstationen warnt",
  })
  void terseOrdinaryTextsRaiseNothing(String text) {
    assertEquals(List.of(), SCREEN.screen(text), text);
  }

  @Test
  void everyIndicatorSaysWhichElementsTheTextShowsWithTheirWordsAndWhichItDoesNot() {
    Article5Indicator i = SCREEN.screen("Tool that covertly reads the e-mail of employees").get(0);
    assertEquals(EnumSet.of(CyberSurveillanceElement.COVERT, CyberSurveillanceElement.NATURAL_PERSONS,
        CyberSurveillanceElement.DATA_PROCESSING, CyberSurveillanceElement.ICT_SYSTEMS), EnumSet.copyOf(i.shown()));
    assertEquals(List.of(CyberSurveillanceElement.SPECIALLY_DESIGNED), i.missing());
    assertEquals(List.of("covertly"), evidence(i, CyberSurveillanceElement.COVERT));
    assertTrue(evidence(i, CyberSurveillanceElement.NATURAL_PERSONS).contains("employees"), i.toString());
    assertTrue(evidence(i, CyberSurveillanceElement.DATA_PROCESSING).contains("reads"), i.toString());
  }

  @Test
  void everyIndicatorOnTheExamplesCoversEveryElementOnceShownOrMissing() {
    for (String text : List.of("Zero-click spyware for iOS and Android delivered via messenger exploit chains",
        "Handyortung von Zielpersonen in Echtzeit", "Silent SMS gateway for police locating handsets")) {
      for (Article5Indicator i : SCREEN.screen(text)) {
        Set<CyberSurveillanceElement> all = EnumSet.noneOf(CyberSurveillanceElement.class);
        i.shown().forEach(all::add);
        i.missing().forEach(all::add);
        assertEquals(EnumSet.allOf(CyberSurveillanceElement.class), all, text);
        i.elements().forEach(e -> assertFalse(e.words().isEmpty()));
        assertFalse(i.triggers().isEmpty(), text);
        assertFalse(i.reason().isBlank(), text);
      }
    }
  }

  @Test
  void aRuleNamingATermOfArtShowsTheElementsItsWordsMean() {
    // "IMSI catcher" takes subscriber identities from a telecommunication network, covertly
    Article5Indicator i = SCREEN.screen("IMSI catcher").get(0);
    assertEquals(List.of("IMSI catcher"), i.triggers());
    assertTrue(i.shown().containsAll(List.of(CyberSurveillanceElement.NATURAL_PERSONS,
        CyberSurveillanceElement.DATA_PROCESSING, CyberSurveillanceElement.ICT_SYSTEMS)), i.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // the kind fires, but the text shows no person: monitoring of networks or machines
      "Software that intercepts and analyses traffic between industrial controllers",
      "Location tracking of shipping containers across ports",
      "Deep packet inspection appliance that extracts application metadata for capacity planning",
      // a person, but no data taken from information systems
      "Ergonomic chair that tracks the posture of office employees with pressure sensors",
  })
  void aKindWithoutItsElementsRaisesNothing(String text) {
    assertEquals(List.of(), SCREEN.screen(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Endpoint antivirus software for Windows PCs",
      "Network intrusion detection system (IDS) that inspects traffic and alerts on exploits",
      "Intrusion prevention appliance that intercepts malicious traffic at the network edge",
      "Backup software for smartphones that extracts contacts, messages and call logs to the cloud",
      "Penetration testing framework with exploit modules for authorised security assessments",
      "Secure web gateway with TLS interception and malware scanning",
      "Virenschutz für Windows-Rechner",
      "Firewall-Appliance mit Deep Packet Inspection für Teilnehmer im Firmennetz",
      "Social media analytics for brand marketing that profiles customer segments",
      "Deep packet inspection appliance for QoS traffic shaping on ISP networks",
      "GPS fleet tracking for delivery trucks",
      "Cochlear implant with remote programming and data logging",
      "Intrusion detection system that detects covert channels and monitors traffic",
      "Face recognition door access terminal for offices",
      "Metadata management for enterprise data catalogues",
      "Firewall with stealth mode that monitors open ports",
      "ANPR camera for a car park barrier",
      "Gesichtserkennung zum Entsperren des eigenen Smartphones",
      "Anti-spyware scanner for Android phones",
      "DPI probe for capacity reports, no subscriber identification",
      "Memory chip with 20-year data retention and secret key storage",
      "Military command and control system with tactical data links",
      "Ion implantation system for 300 mm wafers",
      "Office swivel chair with armrests",
  })
  void protectiveAndOrdinaryProductsRaiseNothing(String text) {
    assertEquals(List.of(), SCREEN.screen(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // the element words of every language are read in every text: a prefix written for one
      // language ('informat*' for Italian 'informato', the person was told) must not meet the
      // ordinary words of another ('information', 'informatique', 'informatico')
      "Keylogger that records keystrokes and other information on a PC",
      "Keylogger qui enregistre les frappes sur un ordinateur, système d'information",
      "Keylogger che registra i tasti premuti sul computer, sistema informatico",
  })
  void aDenialWordOfOneLanguageDoesNotMeetOrdinaryWordsOfAnother(String text) {
    assertTrue(names(text).contains("intrusion and spyware"), () -> text + " -> " + SCREEN.assess(ProductText.of(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // "suspect", "verdächtig", "suspect(e)s" are also the adjective of security products
      // (suspicious traffic, files, connections); only the persons are chosen targets that hold a
      // look-alike's release back
      "Next-generation firewall that intercepts suspect traffic and blocks suspect messages",
      "Firewall, der verdächtige Verbindungen abfängt und verdächtige Nachrichten blockiert",
      "Pare-feu de nouvelle génération qui intercepte les communications suspectes et bloque les fichiers suspects",
  })
  void suspiciousTrafficIsNotAChosenPerson(String text) {
    Article5Screen.Assessment a = SCREEN.assess(ProductText.of(text));
    assertEquals(List.of(), a.indicators(), text);
    assertEquals(List.of(), List.copyOf(a.reading().targeted()), text);
  }

  @Test
  void aDenialCancelsTheElementWordsButNotATermOfArt() {
    // "anonymous" says no person is concerned by the statistics; it does not undo an IMSI catcher
    assertEquals(List.of(), SCREEN.screen("Footfall counter that tracks smartphones of visitors, stores anonymous statistics"));
    assertFalse(SCREEN.screen("IMSI catcher that logs identities of phones in range, reports anonymous statistics").isEmpty());
  }

  @Test
  void monitoringThePersonKnowsOfIsNotCovert() {
    assertEquals(List.of(), SCREEN.screen("Call recording for a contact centre, calls announced to customers, quality assurance"));
    assertEquals(List.of(), SCREEN.screen("Kommunikationsaufzeichnung von Gesprächen mit Zustimmung der Anrufer für die Qualitätssicherung"));
  }

  @Test
  void aTriggerInsideALongerOneIsListedOnce() {
    Article5Indicator i = SCREEN.screen("OSINT tool that gathers public posts and profiles journalists").get(0);
    assertTrue(i.triggers().contains("public posts"), i.triggers().toString());
    assertFalse(i.triggers().contains("posts"), i.triggers().toString());
  }

  @Test
  void matchingIsCaseInsensitiveByStemAndOnWordBoundaries() {
    assertTrue(names("SPYWARE for phones of targets").contains("intrusion and spyware"));
    assertTrue(names("It INTERCEPTED the CALLS of subscribers").contains("communications interception"));
    assertTrue(names("antispywareless").isEmpty(), "no match inside a longer word");
  }

  @Test
  void acronymsMatchOnlyInUpperCase() {
    assertTrue(names("DPI engine that tags sessions with the subscriber").contains("content inspection tied to persons"));
    assertTrue(names("dpi engine that tags sessions with the subscriber").isEmpty());
  }

  @Test
  void indicatorsComeInDeclarationOrderWithEachTriggerOnce() {
    List<Article5Indicator> found = SCREEN.screen("Spyware that covertly tracks the location of the target phone; spyware");
    assertTrue(found.size() >= 2, found.toString());
    List<String> order = SCREEN.indicatorNames();
    for (int i = 1; i < found.size(); i++) {
      assertTrue(order.indexOf(found.get(i - 1).indicator()) < order.indexOf(found.get(i).indicator()));
    }
    for (Article5Indicator i : found) {
      assertEquals(i.triggers().stream().distinct().toList(), i.triggers());
    }
  }

  @Test
  void theDisclaimerSaysItIsNotAClassification() {
    assertTrue(Article5Screen.DISCLAIMER.contains("not a classification"));
    assertTrue(Article5Screen.DISCLAIMER.contains("due-diligence"));
  }

  private static final String HEAD = "indicator\tx\tNATURAL_PERSONS,DATA_PROCESSING,ICT_SYSTEMS\tA reason.\tArt. 2(20)\n"
      + "rule\tx\ten\t-\tspy\ts\n";

  @Test
  void aBadRowIsReportedWithItsLine() {
    String rows = "# comment\n" + HEAD + "rule\tx\ten\tSOMETHING\tspy\ts\n";
    CueFileFormatException e = assertThrows(CueFileFormatException.class,
        () -> Article5Screen.read(new StringReader(rows), "test.tsv"));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("test.tsv:4: "), e.getMessage());
    assertTrue(e.getMessage().contains("SOMETHING"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "rule\ty\ten\t-\tspy\ts",                              // undeclared indicator
      "indicator\tz\tCOVERT\treason",                         // too few columns
      "rule\tx\tenglish\t-\tspy\ts",                         // language code
      "rule\tx\ten\t-\tsp*y\ts",                             // misplaced wildcard
      "rule\tx\ten\t-\t!spy\ts",                             // only a negated group
      "rule\tx\ten\tCOVERT,PERSONS\tspy\ts",                 // unknown element
      "cue\tx\tspy\ts",                                      // unknown row kind
      "indicator\tx\tCOVERT\tAgain.\ts",                     // declared twice
      "rule\tx\ten\t-\tspy",                                 // no source
      "lookalike\tl\tsometimes\tA reason.\ts",               // strength
      "release\tm\ten\tfirewall\ts",                         // undeclared look-alike
  })
  void everyKindOfBadRowIsRejected(String bad) {
    String rows = HEAD + bad + "\n";
    CueFileFormatException e = assertThrows(CueFileFormatException.class,
        () -> Article5Screen.read(new StringReader(rows), "t.tsv"));
    assertEquals(3, e.line(), e.getMessage());
  }

  @Test
  void anIndicatorRaisedByTheElementsAloneMustRequireTheDefiningOnes() {
    CueFileFormatException e = assertThrows(CueFileFormatException.class, () -> Article5Screen.read(
        new StringReader("indicator\tx\tNATURAL_PERSONS,DATA_PROCESSING\tA reason.\tArt. 2(20)\n"), "t.tsv"));
    assertEquals(1, e.line());
  }

  @Test
  void aLookalikeWithoutAReleaseRuleIsRejected() {
    CueFileFormatException e = assertThrows(CueFileFormatException.class, () -> Article5Screen.read(
        new StringReader(HEAD + "lookalike\tl\talways\tA reason.\ts\n"), "t.tsv"));
    assertEquals(3, e.line());
  }

  @Test
  void aNegatedGroupVetoesItsRule() {
    Article5Screen screen = Article5Screen.read(new StringReader(
        "indicator\tx\tNATURAL_PERSONS\tA reason.\tArt. 2(20)\nrule\tx\ten\tNATURAL_PERSONS\timplant + remote + !cochlear\ts\n"),
        "t.tsv");
    assertEquals(1, screen.screen("implant with remote control").size());
    assertEquals(0, screen.screen("cochlear implant with remote control").size());
  }

  @Test
  void anIndicatorIsRaisedOnlyWithTheElementsItRequires() {
    Article5Screen screen = Article5Screen.read(new StringReader(
        "indicator\tx\tNATURAL_PERSONS,COVERT\tA reason.\tArt. 2(20)\nrule\tx\ten\tNATURAL_PERSONS\tgizmo\ts\n"), "t.tsv");
    assertEquals(List.of(), screen.screen("gizmo"), "COVERT is not shown");
    Article5Indicator i = screen.screen("covert gizmo").get(0);
    assertEquals(List.of("gizmo"), evidence(i, CyberSurveillanceElement.NATURAL_PERSONS));
    assertEquals(List.of("covert"), evidence(i, CyberSurveillanceElement.COVERT));
  }

  @Property
  void neverThrowsOnAnyText(@ForAll String text) {
    SCREEN.screen(text);
  }

  private static List<String> evidence(Article5Indicator i, CyberSurveillanceElement element) {
    return i.elements().stream().filter(e -> e.element() == element).map(ElementEvidence::words).findFirst()
        .orElse(List.of());
  }
}
