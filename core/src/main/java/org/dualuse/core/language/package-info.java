/**
 * The language of a product text.
 *
 * <p>Material masters arrive in the ERP's language, and a product may or may not say which one
 * ({@link org.dualuse.core.classify.Product#language()}). Two things depend on it: how numbers are
 * written ("1.234,5" in German, "1,234.5" in English) and which words of a vocabulary apply (the
 * German "Pumpe" must not speak for an English "pump"). {@link
 * org.dualuse.core.language.LanguageDetector} names the language of a text that states none, from its
 * function words and letters, for English, German, French and Italian, or says it cannot tell.
 */
package org.dualuse.core.language;
