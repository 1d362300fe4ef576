/**
 * The bundled control lists and their registry.
 *
 * <p>{@code ControlLists.eu()} returns the latest EU list, {@code ControlLists.get(id)} any bundled
 * one; each is read from the official text carried in this jar on first use, once, and shared.
 */
package org.dualuse.lists;
