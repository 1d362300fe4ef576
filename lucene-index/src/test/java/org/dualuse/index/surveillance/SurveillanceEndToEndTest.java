package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.index.HybridClassifier;
import org.dualuse.index.ListIndex;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The issue's surveillance examples through the hybrid classifier on the real 2025 list. */
class SurveillanceEndToEndTest {

  private static ListIndex index;
  private static HybridClassifier classifier;

  @BeforeAll
  static void open() {
    index = ListIndex.inMemory(ControlLists.eu());
    classifier = new HybridClassifier(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static Classification classify(String text) {
    Classification c = classifier.classify(Product.of(text));
    System.out.println(text + "\n  -> " + c.decision() + " " + c.candidates().stream().limit(3)
        .map(x -> x.code() + "@" + x.score()).toList() + " cyber=" + c.cyberSurveillance() + " article5="
        + c.article5() + "\n  " + c.explanation());
    return c;
  }

  @Test
  void anImsiCatcherIsListedUnder5A001fAsACyberSurveillanceItem() {
    Classification c = classify(
        "IMSI catcher for GSM, UMTS and LTE that captures subscriber identities and intercepts calls over the air interface");
    assertEquals(Decision.LISTED, c.decision());
    assertTrue(ControlCode.parse("5A001.f").isPrefixOf(c.candidates().get(0).code()), c.candidates().get(0).code().toString());
    assertTrue(c.cyberSurveillance());
    assertEquals(CyberSurveillanceScope.IS_ITEM, c.cyberSurveillanceFlag().scope());
    assertFalse(c.cyberSurveillanceFlag().reason().isBlank());
  }

  @Test
  void aCarrierGradeIpProbeIsListedUnder5A001jAsACyberSurveillanceItem() {
    Classification c = classify("Carrier-grade IP probe system that reconstructs webmail and messenger sessions on a "
        + "national backbone, indexes the extracted content and maps the contacts of targets searched by phone "
        + "number or e-mail address");
    assertEquals(Decision.LISTED, c.decision());
    assertTrue(ControlCode.parse("5A001.j").isPrefixOf(c.candidates().get(0).code()), c.candidates().get(0).code().toString());
    assertTrue(c.cyberSurveillance());
  }

  @Test
  void aQosDeepPacketInspectionApplianceIsNotListedUnder5A001j() {
    Classification c = classify("Deep packet inspection appliance for QoS traffic shaping on ISP networks");
    boolean listedUnderJ = c.decision() != Decision.NOT_LISTED && !c.candidates().isEmpty()
        && ControlCode.parse("5A001.j").isPrefixOf(c.candidates().get(0).code());
    assertFalse(listedUnderJ, c.explanation());
  }

  @Test
  void aSocialMediaProfilingPlatformIsNotListedButRaisesArticle5Indicators() {
    Classification c = classify(
        "Social media monitoring platform that collects public posts and profiles the activists behind them");
    assertEquals(Decision.NOT_LISTED, c.decision());
    assertFalse(c.article5().isEmpty());
    assertTrue(c.explanation().contains(Article5Screen.DISCLAIMER), c.explanation());
  }

  @Test
  void endpointAntivirusIsNotListedAndRaisesNoIndicator() {
    Classification c = classify("Endpoint antivirus software for Windows PCs");
    assertEquals(Decision.NOT_LISTED, c.decision());
    assertEquals(0, c.article5().size());
    assertFalse(c.cyberSurveillance());
  }

  @Test
  void aLawfulInterceptionMediationDeviceIsNotListedUnder5D001eButKeepsItsArticle5Signal() {
    Classification c = classify("Lawful interception mediation device for mobile operators: receives warrants and "
        + "delivers intercepted content to the requesting authority over ETSI handover interfaces");
    boolean listedUnderE = c.decision() != Decision.NOT_LISTED
        && ControlCode.parse("5D001.e").isPrefixOf(c.candidates().get(0).code());
    assertFalse(listedUnderE, c.explanation());
    if (c.decision() == Decision.NOT_LISTED) {
      assertFalse(c.article5().isEmpty(), c.explanation());
    }
  }

  @Test
  void aDebuggerIsNeitherListedUnder5A004bNorAnArticle5Signal() {
    Classification c = classify("JTAG hardware debugger for ARM smartphones, used to develop and flash firmware");
    boolean listedUnderB = c.decision() != Decision.NOT_LISTED
        && ControlCode.parse("5A004.b").isPrefixOf(c.candidates().get(0).code());
    assertFalse(listedUnderB, c.explanation());
    assertEquals(0, c.article5().size());
  }

  @Test
  void aMassMarketEncryptedMessengerRaisesNoArticle5Signal() {
    Classification c = classify("End-to-end encrypted messenger app for iOS and Android, free download from the app stores, "
        + "messages and voice calls");
    assertEquals(0, c.article5().size(), c.explanation());
    assertFalse(c.cyberSurveillance(), c.explanation());
  }

  @Test
  void softwareUnderAnEntryThatCoversSurveillanceItemsSaysSoWithoutCallingItOne() {
    Classification c = classify("Operating software for a shortwave radio transceiver with frequency hopping, licence");
    if (c.decision() != Decision.NOT_LISTED && ControlCode.parse("5D001.a").equals(c.candidates().get(0).code())) {
      assertEquals(CyberSurveillanceScope.COVERS, c.cyberSurveillanceFlag().scope(), c.explanation());
    }
  }

  @Test
  void aListedItemNeverCarriesArticle5Indicators() {
    Classification c = classify("IMSI catcher that intercepts calls and SMS of nearby handsets");
    assertNotEquals(Decision.NOT_LISTED, c.decision());
    assertEquals(0, c.article5().size());
  }
}
