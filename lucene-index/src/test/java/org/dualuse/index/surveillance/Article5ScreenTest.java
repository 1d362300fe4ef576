package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dualuse.core.classify.Article5Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Article5ScreenTest {

  private static final Article5Screen SCREEN = Article5Screen.standard();

  private static List<String> names(String text) {
    return SCREEN.screen(text).stream().map(Article5Indicator::indicator).toList();
  }

  @Test
  void theIssuesSocialMediaExampleRaisesProfilingWithItsTriggers() {
    List<Article5Indicator> found = SCREEN.screen(
        "Social media monitoring platform that collects public posts and profiles the activists behind them");
    Article5Indicator profiling = found.stream()
        .filter(i -> i.indicator().equals("social media and open-source profiling")).findFirst().orElseThrow();
    assertTrue(profiling.triggers().contains("Social media"), profiling.triggers().toString());
    assertTrue(profiling.triggers().contains("activists"), profiling.triggers().toString());
    assertFalse(profiling.reason().isBlank());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Lawful interception mediation platform with ETSI handover interfaces for telecom operators; communications interception",
      "Passive GSM monitoring system that intercepts calls and SMS of nearby handsets; communications interception",
      "Monitoring centre for law enforcement agencies that receives intercepted calls; communications interception",
      "Analytics suite for retained call detail records that maps the contacts of targets; data retention analysis",
      "Software für die Auswertung von Verbindungsdaten aus der Vorratsdatenspeicherung; data retention analysis",
      "Magnetic GPS tracker hidden under a car to follow a person covertly; covert location tracking",
      "Service that locates mobile phones of subscribers worldwide via SS7 queries; covert location tracking",
      "Silent SMS gateway for police locating handsets; covert location tracking",
      "Zero-click spyware for iOS and Android delivered via messenger exploit chains; spyware and exploit delivery",
      "Android app that records WhatsApp chats and call logs on the target phone and uploads them; spyware and exploit delivery",
      "Live facial recognition for CCTV networks matching passers-by against a watchlist; biometric identification at scale",
      "OSINT platform that de-anonymises the authors of forum posts and builds profiles of dissidents; social media and open-source profiling",
      "DPI probe that links decoded web traffic to subscriber MSISDN for later search; content inspection tied to subscribers",
      "Mobile forensics kit that bypasses the lock screen and extracts chats from seized smartphones; device data extraction",
      "Gesichtserkennung für Videoüberwachung im öffentlichen Raum; biometric identification at scale",
      "Staatstrojaner zur Quellen-TKÜ auf Smartphones; spyware and exploit delivery",
      "Tool that covertly reads the e-mail of employees; covert monitoring of persons",
      "Software zur heimlichen Überwachung von Smartphones; covert monitoring of persons",
      "Handyortung von Zielpersonen in Echtzeit; covert location tracking",
      "Abhörgerät für Mobilfunkgespräche; communications interception",
      "Plattform, die Beiträge in sozialen Netzwerken sammelt und Aktivisten profiliert; social media and open-source profiling",
      "ANPR camera network that logs the movements of vehicles across the city; covert location tracking",
      "Phone monitoring app that runs hidden on the phone and uploads messages and GPS positions; covert monitoring of persons",
  })
  void unlistedSurveillanceProductsRaiseTheirIndicator(String text, String indicator) {
    assertTrue(names(text).contains(indicator), () -> text + " -> " + SCREEN.screen(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Endpoint antivirus software for Windows PCs",
      "Next-generation firewall with deep packet inspection, application control and per-user policies",
      "Network intrusion detection system (IDS) that inspects traffic and alerts on exploits",
      "Intrusion prevention appliance that intercepts malicious traffic at the network edge",
      "Backup software for smartphones that extracts contacts, messages and call logs to the cloud",
      "Penetration testing framework with exploit modules for authorised security assessments",
      "Vulnerability scanner for web applications",
      "Secure web gateway with TLS interception and malware scanning",
      "Parental control app that shows the location of a child's smartphone",
      "Virenschutz für Windows-Rechner",
      "Firewall-Appliance mit Deep Packet Inspection für Teilnehmer im Firmennetz",
      "Social media analytics for brand marketing that profiles customer segments",
      "Deep packet inspection appliance for QoS traffic shaping on ISP networks",
      "GPS fleet tracking for delivery trucks",
      "Cochlear implant with remote programming and data logging",
      "Intrusion detection system that detects covert channels and monitors traffic",
      "Face recognition door access terminal for offices",
      "Metadata management for enterprise data catalogues",
      "Virenscanner und Firewall für Windows-Rechner",
      "Firewall with stealth mode that monitors open ports",
      "ANPR camera for a car park barrier",
      "Gesichtserkennung zum Entsperren des eigenen Smartphones",
      "Anti-spyware scanner for Android phones",
      "DPI probe for capacity reports, no subscriber identification",
      "Counter-surveillance sweep kit that finds hidden GPS trackers on company cars",
  })
  void protectiveAndOrdinaryProductsRaiseNothing(String text) {
    assertEquals(List.of(), SCREEN.screen(text), text);
  }

  @Test
  void aTriggerInsideALongerOneIsListedOnce() {
    Article5Indicator i = SCREEN.screen("OSINT tool that gathers public posts and profiles journalists").get(0);
    assertTrue(i.triggers().contains("public posts"), i.triggers().toString());
    assertFalse(i.triggers().contains("posts"), i.triggers().toString());
  }

  @Test
  void aStrongCovertCueRaisesEvenInAProtectiveContext() {
    List<String> found = names("Antivirus suite with a hidden module that covertly records the user's keystrokes");
    assertTrue(found.contains("covert monitoring of persons"), found.toString());
    found = names("Firewall bundle that also installs spyware on connected phones");
    assertTrue(found.contains("spyware and exploit delivery"), found.toString());
  }

  @Test
  void theProtectiveContextNamesTheWordThatSetIt() {
    assertEquals("firewall", SCREEN.protectiveContext("A firewall for offices").orElseThrow());
    assertTrue(SCREEN.protectiveContext("A modem for offices").isEmpty());
  }

  @Test
  void matchingIsCaseInsensitiveByStemAndOnWordBoundaries() {
    assertTrue(names("SPYWARE").contains("spyware and exploit delivery"));
    assertTrue(names("It INTERCEPTED the CALL").contains("communications interception"));
    assertTrue(names("antispywareless").isEmpty(), "no match inside a longer word");
  }

  @Test
  void acronymsMatchOnlyInUpperCase() {
    assertTrue(names("DPI engine that tags sessions with the subscriber").contains("content inspection tied to subscribers"));
    assertTrue(names("dpi engine that tags sessions with the subscriber").isEmpty());
  }

  @Test
  void indicatorsComeInDeclarationOrderWithEachTriggerOnce() {
    List<Article5Indicator> found = SCREEN.screen("Spyware that covertly tracks the location of the target; spyware");
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

  @Test
  void aBadRowIsReportedWithItsLine() {
    String rows = "# comment\nindicator\tx\tA reason.\tArt. 2(20)\nrule\tx\tmedium\ten\tspy\ts\n";
    CueFileFormatException e = assertThrows(CueFileFormatException.class,
        () -> Article5Screen.read(new StringReader(rows), "test.tsv"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("test.tsv:3: "), e.getMessage());
    assertTrue(e.getMessage().contains("medium"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "rule\ty\tweak\ten\tspy\ts",            // undeclared indicator
      "indicator\tx\treason",                      // too few columns
      "rule\tx\tweak\tenglish\tspy\ts",       // language code
      "rule\tx\tweak\ten\tsp*y\ts",           // misplaced wildcard
      "rule\tx\tweak\ten\t!spy\ts",           // only a negated group
      "context\tp\ten\t!firewall\ts",         // negated context
      "cue\tx\tspy\ts",                       // unknown row kind
      "indicator\tx\tAgain.\ts",
      "rule\tx\tweak\ten\tspy",          // no source              // declared twice
  })
  void everyKindOfBadRowIsRejected(String bad) {
    String rows = "indicator\tx\tA reason.\tArt. 2(20)\nrule\tx\tweak\ten\tspy\ts\n" + bad + "\n";
    CueFileFormatException e = assertThrows(CueFileFormatException.class,
        () -> Article5Screen.read(new StringReader(rows), "t.tsv"));
    assertEquals(3, e.line(), e.getMessage());
  }

  @Test
  void anIndicatorWithoutARuleIsRejected() {
    CueFileFormatException e = assertThrows(CueFileFormatException.class,
        () -> Article5Screen.read(new StringReader("indicator\tx\tA reason.\tArt. 2(20)\n"), "t.tsv"));
    assertEquals(1, e.line());
  }

  @Test
  void aNegatedGroupVetoesItsRule() {
    Article5Screen screen = Article5Screen.read(new StringReader(
        "indicator\tx\tA reason.\tArt. 2(20)\nrule\tx\tstrong\ten\timplant + remote + !cochlear\ts\n"), "t.tsv");
    assertEquals(1, screen.screen("implant with remote control").size());
    assertEquals(0, screen.screen("cochlear implant with remote control").size());
  }

  @Property
  void neverThrowsOnAnyText(@ForAll String text) {
    SCREEN.screen(text);
  }
}
