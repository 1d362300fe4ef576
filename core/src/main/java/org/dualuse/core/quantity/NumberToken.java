package org.dualuse.core.quantity;

/** A number read from text: where it starts and ends, and its value with any power of ten applied. */
record NumberToken(int start, int end, double value) {}
