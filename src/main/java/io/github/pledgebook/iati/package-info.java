/**
 * Reads IATI activity XML into a pledge book: {@link io.github.pledgebook.iati.Iati#read(java.io.Reader)} gives an
 * {@link io.github.pledgebook.iati.IatiImport} with the book, the transactions not counted and why, and the links
 * that kept money published by both provider and receiver from counting twice. Uses only the JDK's
 * {@code java.xml}; reads what the caller hands over and opens nothing.
 */
package io.github.pledgebook.iati;
