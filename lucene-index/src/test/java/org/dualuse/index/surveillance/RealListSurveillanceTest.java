package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On the real 2025 list (read from ../shared at build time): which nodes the parser flags as
 * cyber-surveillance items, and the real release notes against product descriptions written here.
 */
class RealListSurveillanceTest {

  private static final ControlList EU = ControlLists.eu();
  private static final CyberSurveillanceNotes NOTES = CyberSurveillanceNotes.standard();

  private static Optional<String> release(String code, String text) {
    return NOTES.release(ControlCode.parse(code), text, EU);
  }

  @Test
  void theItemsAreTheAnchorsTheirItemsAndTheSoftwareThatExistsOnlyForThem() {
    List<String> items = codesOf(CyberSurveillanceScope.IS_ITEM);
    System.out.println("cyber-surveillance items (" + items.size() + "): " + items);
    for (String item : List.of("4A005", "4D004", "4E001.c", "5A001.f", "5A001.f.1", "5A001.f.2", "5A001.f.3.a",
        "5A001.j", "5A001.j.2.b", "5A004.b", "5A004.b.1", "5D001.e", "5D001.e.2", "5D002.a.3.b", "5D002.c.3.b")) {
      assertTrue(items.contains(item), item + " is not an item");
    }
    for (String other : List.of("5A001", "5A001.e", "5A001.g", "5A001.f.4", "5A004.a", "5D001.a", "5D001.c", "5E001.a",
        "4E001.a", "5D002.c.3.a", "5E002.a")) {
      assertFalse(items.contains(other), other + " is an item");
    }
  }

  @Test
  void theSoftwareAndTechnologyThatCoverItemsAmongOthersSaySo() {
    List<String> covers = codesOf(CyberSurveillanceScope.COVERS);
    System.out.println("covering cyber-surveillance items among others (" + covers.size() + "): " + covers);
    for (String code : List.of("5D001.a", "5D001.c", "5E001.a", "4E001.a", "5D002.a", "5D002.c")) {
      assertTrue(covers.contains(code), code + " does not cover");
    }
    assertEquals(List.of(ControlCode.parse("5A001.f"), ControlCode.parse("5A001.j"), ControlCode.parse("5D001.e")),
        EU.get(ControlCode.parse("5E001.a")).cyberSurveillanceFlag().items());
    assertEquals(List.of(ControlCode.parse("4A005"), ControlCode.parse("4D004")),
        EU.get(ControlCode.parse("4E001.a")).cyberSurveillanceFlag().items());
  }

  @Test
  void the5E002aNoteTakesTheForensicItemsOutOfItsTechnology() {
    var flag = EU.get(ControlCode.parse("5E002.a")).cyberSurveillanceFlag();
    assertEquals(CyberSurveillanceScope.NONE, flag.scope());
    assertEquals(List.of(ControlCode.parse("5A004.b")), flag.items());
    assertFalse(flag.reason().isBlank());
  }

  @Test
  void theNarrowerFlagIsJustifiedByTheTextOfTheItemsItIsGivenTo() {
    // 5A001.f.4 watches for interception and jamming equipment: its text names the items it
    // identifies and no extraction of data; the jammers of 5A001.f.3 act selectively and may seduce
    // the service, which singles out subscribers
    assertEquals(List.of("5A001.f.4"), codesOf(CyberSurveillanceScope.GROUPED_WITH));
    String monitoring = EU.get(ControlCode.parse("5A001.f.4")).text();
    assertTrue(monitoring.contains("identify the operation of items specified in 5A001.f.1"), monitoring);
    assertFalse(monitoring.toLowerCase(java.util.Locale.ROOT).contains("extract"), monitoring);
    String jammers = EU.get(ControlCode.parse("5A001.f.3")).text();
    assertTrue(jammers.contains("selectively") && jammers.contains("seduce"), jammers);
    assertTrue(EU.get(ControlCode.parse("5A001.f.3.a")).text().contains("Radio Access Network"));
  }

  private static List<String> codesOf(CyberSurveillanceScope scope) {
    return EU.nodes().filter(n -> n.cyberSurveillanceFlag().scope() == scope).map(n -> n.code().toString()).toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "5A001.j;Deep packet inspection appliance for QoS traffic shaping on ISP networks;5A001.j Note",
      "5A001.j;DPI platform that measures Quality of Experience for video streaming subscribers;5A001.j Note",
      "5A001.j;Carrier DPI system for targeted advertising and audience analytics;5A001.j Note",
      "5A001.f.1;WLAN interception tool for IEEE 802.11 networks;5A001.f Note",
      "5A001.f.1;Wi-Fi sniffer that captures traffic of nearby hotspots;5A001.f Note",
      "5A001.f.2;Drive test scanner for mobile network operators that decodes IMSI and cell identifiers;5A001.f Note",
      "5A001.f.1;LTE protocol tester for base station development laboratories;5A001.f Note",
      "5D001.e;Lawful interception mediation devices for telecom operators;5D001.e Note",
      "5D001.e;Convergent billing software for mobile operators;5D001.e Note",
      "5D001.e;Mobile banking app with transaction monitoring;5D001.e Note",
      "4D004;Patch management server that deploys software updates only with the administrator's approval;4D004 Note",
      "4E001.c;Consulting on cyber incident response for hospitals;4E001.c Note 1",
      "4E001.a;Coordinated vulnerability disclosure programme management;4E001.c Note 1",
      "5A004.b;JTAG box for reading the flash memory of phones;5A004.b Note 2",
      "5A004.b;Chip-off station with eMMC reader for damaged handsets;5A004.b Note 2",
      "5A004.b;Hardware debugger for ARM smartphones;5A004.b Note 2",
      "5A004.b;Logical extraction tool that reads contacts and messages from unlocked phones via their backup interface;5A004.b Note 2",
      "5A004.b;Jailbreak tool for iPhones;5A004.b Note 2",
      "5A004.b;Production line flashing station for smartphone manufacturing;5A004.b Note 1",
      "5D002.c.3.b;Software for a JTAG box that reads the flash memory of phones;5A004.b Note 2",
      "5D002.a.3.b;Debugger software for ARM smartphones;5A004.b Note 2",
  })
  void lookalikesAreReleasedByTheirNote(String code, String text, String note) {
    String why = release(code, text).orElseThrow(() -> new AssertionError(
        text + " was not released; checked " + NOTES.clausesChecked(ControlCode.parse(code), EU)));
    assertTrue(why.startsWith("Released by " + note + " ("), why);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "5A001.f.2;IMSI catcher for GSM, UMTS and LTE that captures subscriber identities and intercepts calls over the air interface",
      "5A001.f.1;Active GSM interceptor that operates on 2G, 3G and 4G networks and decrypts calls",
      "5A001.j;Carrier-grade IP probe system that reconstructs webmail and messenger sessions on a national backbone, indexes the extracted content and maps the contacts of targets searched by phone number or e-mail address",
      "5D001.e;Monitoring centre software that searches intercepted content by phone number and maps the contacts of targets",
      "4D004;Exploit delivery platform that pushes implants disguised as software updates",
      "4E001.c;Training course on exploit development for mobile browsers",
      "5A004.b;Forensic tool that bypasses the passcode of locked smartphones and performs a full physical extraction",
      "5A004.b;Logical and physical extraction kit that brute-forces the passcode of locked phones",
      "5D002.c.3.b;Software that bypasses the passcode of locked smartphones and acquires a physical image",
  })
  void theItemsThemselvesAreNotReleased(String code, String text) {
    assertEquals(Optional.empty(), release(code, text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5A001.b.3", "3A001.a.2", "6A003.b.4"})
  void nodesOutsideTheSurveillanceItemsAreNotChecked(String code) {
    assertEquals(List.of(), NOTES.clausesChecked(ControlCode.parse(code), EU));
  }
}
