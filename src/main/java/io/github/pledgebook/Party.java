package io.github.pledgebook;

import java.util.Optional;

/**
 * Anyone who gives, receives, channels or signs: a government, a ministry, a state company, a fund.
 * <p>
 * A {@link Donor} is a party, so one {@link Memorandum} can be signed by a donor agency and a recipient ministry.
 * Parties that are not tracked as donors are {@link Organization}s, made with {@link #of(String, String)}.
 * <pre>{@code
 * Party ukraine = Party.of("ua", "Ukraine", "UA");
 * Party ministry = Party.of("ua-mineconomy", "Ministry of Economy of Ukraine", "UA");
 * }</pre>
 * Implementations are immutable and thread-safe. Two parties with the same {@link #id()} are meant to be the same
 * party; a {@code PledgeBook} rejects two different parties sharing one id.
 */
public interface Party {

    /**
     * A stable identifier, unique within a dataset, such as {@code "jp-gov"}.
     *
     * @return the id, never blank
     */
    String id();

    /**
     * The display name, such as {@code "Government of Japan"}.
     *
     * @return the name, never blank
     */
    String name();

    /**
     * The ISO 3166 alpha-2 code of the country the party belongs to, where it has one.
     *
     * @return the country code, such as {@code "JP"}
     */
    Optional<String> country();

    /**
     * Creates a party that is not a donor.
     *
     * @param id a stable identifier
     * @param name the display name
     * @return the party
     */
    static Party of(String id, String name) {
        return Organization.of(id, name);
    }

    /**
     * Creates a party that is not a donor, with its country.
     *
     * @param id a stable identifier
     * @param name the display name
     * @param country an ISO 3166 alpha-2 code such as {@code "UA"}
     * @return the party
     */
    static Party of(String id, String name, String country) {
        return Organization.of(id, name, country);
    }
}
