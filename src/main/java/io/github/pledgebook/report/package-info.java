/**
 * Plain-text reports for JShell, notebooks and terminals: aligned tables of totals, a pledge's history and a text
 * bar chart over periods. Everything returns a {@code String}; nothing is printed.
 */
package io.github.pledgebook.report;
