/**
 * Ready-made books for notebooks, examples and tests: the founding story of Japan's pledges to Ukraine in
 * December 2023 to February 2024 ({@link io.github.pledgebook.sample.JapanUkraine2024}), every fact with its source,
 * and a seeded synthetic generator shaped like the benchmark data ({@link io.github.pledgebook.sample.Synthetic}).
 * <pre>{@code
 * JapanUkraine2024.book().asOf(LocalDate.of(2024, 2, 20)).announced();
 * // announced as of 2024-02-20: [JPY 15,800,000,000; USD 37,000,000] from 2 pledges
 * Synthetic.book(10_000, Synthetic.SEED).pledges().size();   // 10000
 * }</pre>
 * Nothing here reads a file: the data is built in code.
 */
package io.github.pledgebook.sample;
