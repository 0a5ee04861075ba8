/**
 * AssertJ assertions for pledgebook's values, for the unit tests of projects that use the library.
 * <pre>{@code
 * import static io.github.pledgebook.assertj.PledgebookAssertions.assertThat;
 *
 * assertThat(book.asOf(LocalDate.of(2024, 2, 20)).announced())
 *         .hasAmount("JPY", "15800000000").hasPledgeCount(2);
 * assertThat(rates.convert(yen, "USD", LocalDate.of(2024, 2, 18)))
 *         .usedRateOf(LocalDate.of(2024, 2, 16)).crossedVia("EUR");
 * }</pre>
 * Amounts compare exactly and by value ({@code JPY 100} equals {@code JPY 100.00}); a failure message shows the
 * whole value under test and what differed. {@code assertj-core} is an optional dependency of pledgebook: add it to
 * your test dependencies to use this package (the module reads {@code org.assertj.core} statically); nothing else in
 * pledgebook needs it.
 */
package io.github.pledgebook.assertj;
