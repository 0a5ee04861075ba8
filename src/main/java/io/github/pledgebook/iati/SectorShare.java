package io.github.pledgebook.iati;

import io.github.pledgebook.Sector;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A sector of an IATI activity with the percentage of its money the publisher gave it, exactly as written.
 * <pre>{@code
 * new SectorShare(DacSectors.builtIn().sector(32130), new BigDecimal("50"));   // dac-32130 50%
 * }</pre>
 *
 * @param sector the sector
 * @param percentage the share in percent, from 0 to 100
 */
public record SectorShare(Sector sector, BigDecimal percentage) {

    /**
     * Creates a share.
     *
     * @param sector the sector
     * @param percentage the share in percent, from 0 to 100
     * @throws IllegalArgumentException if the percentage is outside 0 to 100
     */
    public SectorShare {
        Objects.requireNonNull(sector, "sector of a sector share is required, was null");
        if (percentage == null) {
            throw new NullPointerException("percentage of sector " + sector + " is required, was null");
        }
        if (percentage.signum() < 0 || percentage.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("percentage of sector " + sector + " must be from 0 to 100, was "
                    + percentage.toPlainString());
        }
    }

    /**
     * The sector and its percentage: {@code dac-32130 50%}.
     *
     * @return the readable form
     */
    @Override
    public String toString() {
        return sector + " " + percentage.toPlainString() + "%";
    }
}
