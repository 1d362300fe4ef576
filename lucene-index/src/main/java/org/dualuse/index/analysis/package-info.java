/**
 * Text analysis for the list index (internal, not exported): the analyzer shared by the list's text
 * and product descriptions, the filter that keeps numbers and units out of the words, and the
 * analyzed form of a product text with its negations, control codes and CAS numbers.
 */
package org.dualuse.index.analysis;
