package io.github.pledgebook.table;

/**
 * How a {@link ResultTable} lays out totals that hold several currencies. Either way every amount is exact and
 * stated in its own currency; nothing is converted or added across currencies.
 * <pre>{@code
 * // COLUMN_PER_CURRENCY            CURRENCY_AND_AMOUNT
 * // stage,JPY,USD                  stage,currency,amount,without value
 * // announced,15800000000,37000000 announced,JPY,15800000000,
 * //                                announced,USD,37000000,
 * }</pre>
 */
public enum MoneyLayout {
    /**
     * One row per label, one column per currency (ordered by code), blank where a row holds none of it, and a
     * {@code without value} column counting items without money value when there are any. Compact, for articles.
     */
    COLUMN_PER_CURRENCY,
    /**
     * One row per label and currency, with {@code currency} and {@code amount} columns, and a {@code without value}
     * column that is filled on a row of its own (currency and amount blank), so summing any column never mixes
     * currencies or counts an item twice. Long form, for spreadsheets and pivot tables.
     */
    CURRENCY_AND_AMOUNT
}
