package org.dualuse.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * A made-up material master: product lines as an ERP holds them, English and German, put together
 * from parts (a product, its figures, a maker's type, a remark), about a third of them worded like
 * items of the list and the rest ordinary goods. The same seed gives the same lines.
 *
 * <p>The parts are general knowledge of what such lines look like, none is copied from the annex
 * or from a labelled case; the figures vary, so nearly every line is a text of its own.
 */
final class MaterialMaster {

  /** A product's words around its figures; the function fills the figures in from the generator. */
  private record Part(Function<MaterialMaster, String> text) {}

  private static final List<Part> LISTED_LOOKING = List.of(
      new Part(m -> "GaN MMIC power amplifier " + m.dec(2.5, 3.2) + "-" + m.dec(3.3, 4.0) + " GHz, Psat " + m.num(20, 120) + " W"),
      new Part(m -> "Uncooled microbolometer thermal imaging camera " + m.pick("640 x 512", "384 x 288", "1024 x 768") + ", "
          + m.pick("8-14 µm", "7.5-13.5 µm") + ", " + m.pick("9", "30", "50", "60") + " Hz frame rate"),
      new Part(m -> "Frequency converter, output frequency " + m.num(600, 2000) + " Hz, " + m.num(1, 90) + " kW"),
      new Part(m -> "5-axis CNC machining centre, positioning accuracy " + m.dec(0.8, 6.0) + " µm, travel " + m.num(500, 2000) + " mm"),
      new Part(m -> "Isostatic press, maximum working pressure " + m.num(150, 400) + " MPa, chamber inner diameter "
          + m.num(100, 600) + " mm"),
      new Part(m -> "Carbon fibre prepreg, tensile modulus " + m.num(200, 450) + " GPa, roll " + m.num(50, 300) + " m"),
      new Part(m -> "IMSI catcher for interception of mobile network subscriber identities"),
      new Part(m -> "Monitoring centre for lawful interception of IP traffic, " + m.num(1, 40) + " Gbit/s"),
      new Part(m -> "Nd:YAG pulsed laser, wavelength 1064 nm, pulse energy " + m.dec(0.1, 5.0) + " J, "
          + m.num(1, 100) + " Hz repetition rate"),
      new Part(m -> "Real-time spectrum analyser, " + m.num(9, 90) + " GHz, " + m.num(100, 800) + " MHz analysis bandwidth"),
      new Part(m -> "Triethanolamine " + m.num(85, 99) + " %, CAS 102-71-6, " + m.num(25, 220) + " kg drum"),
      new Part(m -> "Hydrogen fluoride, anhydrous, CAS 7664-39-3, cylinder " + m.num(10, 50) + " kg"),
      new Part(m -> "Radiation hardened microcontroller, total dose " + m.num(50, 1000) + " krad(Si)"),
      new Part(m -> "Maraging steel bar, ultimate tensile strength " + m.num(1500, 2400) + " MPa, diameter "
          + m.num(80, 300) + " mm"),
      new Part(m -> "Image intensifier tube for night vision, generation 3, " + m.num(18, 25) + " mm"),
      new Part(m -> "Unmanned submersible vehicle, rated depth " + m.num(300, 6000) + " m"),
      new Part(m -> "Hardware encryption module, AES-256, " + m.num(1, 100) + " Gbit/s, network key management"),
      new Part(m -> "Navigation grade accelerometer, bias stability " + m.num(10, 200) + " µg"),
      new Part(m -> "Filament winding machine with " + m.pick("3", "4", "5") + " coordinated axes for composite tubes"),
      new Part(m -> "Wärmebildkamera ungekühlt " + m.pick("640 x 512", "384 x 288") + ", " + m.pick("9", "30", "60") + " Hz"),
      new Part(m -> "Leistungsverstärker GaN " + m.decimalComma(2.7, 3.6) + " GHz, Ausgangsleistung " + m.num(20, 150) + " W"),
      new Part(m -> "Frequenzumrichter " + m.num(1, 90) + " kW, Ausgangsfrequenz " + m.num(600, 2000) + " Hz"),
      new Part(m -> "Verschlüsselungsgerät für Netzwerke, AES-256, " + m.num(1, 40) + " Gbit/s"),
      new Part(m -> "Isostatische Presse, Arbeitsdruck " + m.num(150, 400) + " MPa"),
      new Part(m -> "Bildverstärkerröhre für Nachtsichtgeräte, Generation 3"),
      new Part(m -> "Werkzeugmaschine 5-Achs, Positioniergenauigkeit " + m.decimalComma(0.8, 6.0) + " µm"),
      new Part(m -> "Laser Nd:YAG, Wellenlänge 1064 nm, Pulsenergie " + m.decimalComma(0.1, 5.0) + " J"));

  private static final List<Part> ORDINARY = List.of(
      new Part(m -> "Office chair, ergonomic, " + m.pick("black", "grey", "blue") + ", armrests"),
      new Part(m -> "LED desk lamp " + m.num(5, 15) + " W, dimmable"),
      new Part(m -> "Stainless steel hex bolt M" + m.pick("6", "8", "10", "12") + " x " + m.num(16, 120) + ", A2-70"),
      new Part(m -> "Garden hose " + m.num(10, 50) + " m, 1/2 inch"),
      new Part(m -> "Laptop 15.6 inch, " + m.pick("8", "16", "32") + " GB RAM, " + m.pick("256", "512") + " GB SSD"),
      new Part(m -> "Smartphone " + m.pick("64", "128", "256") + " GB, dual SIM"),
      new Part(m -> "Wi-Fi router, dual band, " + m.num(4, 8) + " LAN ports"),
      new Part(m -> "Ballpoint pen, blue, box of " + m.num(10, 50)),
      new Part(m -> "Copy paper A4 80 g/m², " + m.num(1, 5) * 500 + " sheets"),
      new Part(m -> "Coffee machine " + m.num(1000, 1600) + " W, stainless steel"),
      new Part(m -> "Safety gloves, nitrile, size " + m.pick("S", "M", "L", "XL") + ", pack of " + m.num(50, 200)),
      new Part(m -> "Hand pallet truck, capacity " + m.num(2000, 3000) + " kg"),
      new Part(m -> "Cable ties " + m.num(100, 400) + " mm, pack of " + m.num(100, 1000)),
      new Part(m -> "Three-phase electric motor " + m.dec(0.5, 30) + " kW, " + m.pick("1450", "2900") + " rpm"),
      new Part(m -> "Industrial axial fan, " + m.num(300, 900) + " mm, " + m.num(1000, 20000) + " m³/h"),
      new Part(m -> "Torque wrench " + m.num(20, 60) + "-" + m.num(100, 300) + " Nm"),
      new Part(m -> "Toner cartridge, black, " + m.num(2000, 12000) + " pages"),
      new Part(m -> "Bürostuhl ergonomisch, " + m.pick("schwarz", "grau") + ", mit Armlehnen"),
      new Part(m -> "Sechskantschraube Edelstahl M" + m.pick("6", "8", "10") + " x " + m.num(16, 120)),
      new Part(m -> "Gartenschlauch " + m.num(10, 50) + " m"),
      new Part(m -> "Kaffeemaschine " + m.num(1000, 1600) + " W"),
      new Part(m -> "Schutzhandschuhe Nitril, Größe " + m.pick("8", "9", "10")),
      new Part(m -> "Kabelbinder " + m.num(100, 400) + " mm, " + m.num(100, 1000) + " Stück"),
      new Part(m -> "Drehmomentschlüssel " + m.num(20, 60) + "-" + m.num(100, 300) + " Nm"),
      new Part(m -> "Elektromotor Drehstrom " + m.decimalComma(0.5, 30) + " kW"),
      new Part(m -> "Kopierpapier A4 80 g/m², " + m.num(1, 5) * 500 + " Blatt"),
      new Part(m -> "Hubwagen, Tragkraft " + m.num(2000, 3000) + " kg"));

  private static final List<String> MAKER_TYPES = List.of("Model ", "Type ", "Typ ", "Art.-Nr. ", "P/N ");
  private static final List<String> REMARKS = List.of(
      "spare part", "Ersatzteil", "for maintenance", "für Instandhaltung", "new", "refurbished", "sample");

  private final Random random;

  MaterialMaster(long seed) {
    this.random = new Random(seed);
  }

  /** The next {@code n} lines, a third of them worded like listed items. */
  List<String> lines(int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Part> parts = random.nextInt(3) == 0 ? LISTED_LOOKING : ORDINARY;
      StringBuilder line = new StringBuilder(parts.get(random.nextInt(parts.size())).text().apply(this));
      if (random.nextInt(2) == 0) {
        line.append(", ").append(pick(MAKER_TYPES)).append(letters(2)).append('-').append(num(10, 9999));
      }
      if (random.nextInt(5) == 0) {
        line.append(" (").append(pick(REMARKS)).append(')');
      }
      out.add(line.toString());
    }
    return out;
  }

  private int num(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** A decimal with one digit after the point, written as the English lines write it. */
  private String dec(double low, double high) {
    return String.format(Locale.ROOT, "%.1f", low + random.nextDouble() * (high - low));
  }

  /** A decimal with one digit after the comma, as German material masters write it. */
  private String decimalComma(double low, double high) {
    return dec(low, high).replace('.', ',');
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  private String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('A' + random.nextInt(26)));
    }
    return s.toString();
  }
}
