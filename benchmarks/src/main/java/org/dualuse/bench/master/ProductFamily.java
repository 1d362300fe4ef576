package org.dualuse.bench.master;

import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A kind of material a company keeps in its material master (RF amplifiers, ball valves, safety
 * gloves...), as the parts a generated row is composed of: names in several languages, qualifiers
 * and quantities a description may add, and the characteristics that an ERP keeps in columns of
 * their own.
 *
 * @param name the family's name, for the generator's statistics
 * @param weight how often it occurs relative to the other families
 * @param nouns what the material is called, each in its language
 * @param qualifiers words a description may add (type, grade, standard, use); a qualifier with an
 *     empty language fits every language
 * @param quantities values a description may state in its text, as written
 * @param characteristics the characteristic columns the family fills when a row carries them
 * @param materialType the ERP material type ({@code HAWA} trading goods, {@code ROH} raw material,
 *     {@code ERSA} spare part, {@code HIBE} operating supplies, {@code FERT} finished product)
 * @param materialGroup the ERP material group
 * @param unit the base unit of measure ({@code ST} piece, {@code KG}, {@code L}, {@code M})
 */
record ProductFamily(String name, int weight, List<Words> nouns, List<Words> qualifiers, List<String> quantities,
    List<Characteristic> characteristics, String materialType, String materialGroup, String unit) {

  ProductFamily {
    Objects.requireNonNull(name, "name");
    if (weight < 1 || nouns.isEmpty()) {
      throw new IllegalArgumentException(name + ": a family needs a weight and a noun");
    }
    nouns = List.copyOf(nouns);
    qualifiers = List.copyOf(qualifiers);
    quantities = List.copyOf(quantities);
    characteristics = List.copyOf(characteristics);
  }

  /** Words in a language ({@code en}, {@code de}, {@code fr}, {@code it}); empty for any language. */
  record Words(String lang, String text) {
    boolean fits(String language) {
      return lang.isEmpty() || lang.equals(language);
    }
  }

  /**
   * A characteristic column the family fills: one of {@code choices} when there are any (the values
   * such goods have: frame rates of 9, 30 or 60 Hz, bands of 8-14 µm), else a value drawn between
   * {@code low} and {@code high} in the column's unit, rounded to {@code decimals}. Numbers are
   * written with a decimal comma, as a German ERP exports them.
   */
  record Characteristic(String column, double low, double high, int decimals, List<String> choices) {
    Characteristic {
      choices = List.copyOf(choices);
    }

    static Characteristic between(String column, double low, double high, int decimals) {
      return new Characteristic(column, low, high, decimals, List.of());
    }

    static Characteristic oneOf(String column, String... values) {
      return new Characteristic(column, 0, 0, 0, List.of(values));
    }

    String draw(Random random) {
      if (!choices.isEmpty()) {
        return choices.get(random.nextInt(choices.size()));
      }
      return MaterialMasterGenerator.number(low + random.nextDouble() * (high - low), decimals);
    }
  }

  static Words en(String text) {
    return new Words("en", text);
  }

  static Words de(String text) {
    return new Words("de", text);
  }

  static Words fr(String text) {
    return new Words("fr", text);
  }

  static Words it(String text) {
    return new Words("it", text);
  }

  static Words any(String text) {
    return new Words("", text);
  }
}
