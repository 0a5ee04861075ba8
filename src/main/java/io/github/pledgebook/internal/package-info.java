/**
 * Helpers shared by the public packages and the timeline index: argument checks with one wording per rule, exact
 * {@code long} arithmetic, a small identity cache, calendar periods and the exact per-currency sums behind
 * {@link io.github.pledgebook.money.MoneyTotal}.
 * <p>
 * Not exported by the module: the classes here are {@code public} only so that the other packages of the module can
 * use them (Java has no package-private access across packages). Nothing here is API; it may change in any release.
 * This package depends on no other package of the library.
 */
package io.github.pledgebook.internal;
