/**
 * Cyber-surveillance: the listed items of Article 2(20) of Regulation (EU) 2021/821 and the
 * Article 5 screen for unlisted items that may serve covert surveillance of natural persons.
 * The screen gives due-diligence signals, never a classification.
 */
package org.dualuse.index.surveillance;
