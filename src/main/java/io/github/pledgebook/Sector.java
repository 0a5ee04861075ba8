package io.github.pledgebook;

import io.github.pledgebook.internal.Check;
import java.util.OptionalInt;

/**
 * What a pledge or memorandum is for: an open vocabulary with constants for the common purposes.
 * <p>
 * A sector is identified by its {@link #code()}; the constants carry the OECD DAC purpose code where one fits
 * (mine action is 15250). Make your own with {@link #of(String, String)}.
 * <pre>{@code
 * Sector.MINE_ACTION.dacPurposeCode();          // OptionalInt[15250]
 * Sector.of("anti-drone", "Anti-drone equipment");
 * }</pre>
 * This class is immutable and thread-safe; two sectors are equal when their codes are equal.
 */
public final class Sector {

    /** Removal of land mines and explosive remnants of war (DAC 15250). */
    public static final Sector MINE_ACTION = new Sector("mine-action", "Mine action", 15250);
    /** Energy policy, generation and grids (DAC 23110, energy policy and administrative management). */
    public static final Sector ENERGY = new Sector("energy", "Energy", 23110);
    /** Transport (DAC 21010, transport policy and administrative management). */
    public static final Sector TRANSPORT = new Sector("transport", "Transport", 21010);
    /** Agriculture (DAC 31110, agricultural policy and administrative management). */
    public static final Sector AGRICULTURE = new Sector("agriculture", "Agriculture", 31110);
    /** Water supply and sanitation (DAC 14010, water sector policy and administrative management). */
    public static final Sector WATER = new Sector("water", "Water and sanitation", 14010);
    /** Health (DAC 12110, health policy and administrative management). */
    public static final Sector HEALTH = new Sector("health", "Health", 12110);
    /** Education (DAC 11110, education policy and administrative management). */
    public static final Sector EDUCATION = new Sector("education", "Education", 11110);
    /** General budget support (DAC 51010). */
    public static final Sector BUDGET_SUPPORT = new Sector("budget-support", "Budget support", 51010);
    /** Immediate post-emergency reconstruction and rehabilitation (DAC 73010). */
    public static final Sector RECONSTRUCTION = new Sector("reconstruction", "Reconstruction", 73010);
    /** Material relief assistance and services (DAC 72010). */
    public static final Sector HUMANITARIAN_RELIEF = new Sector("humanitarian-relief", "Humanitarian relief", 72010);
    /** Infrastructure in general; no single DAC purpose code. */
    public static final Sector INFRASTRUCTURE = new Sector("infrastructure", "Infrastructure", 0);
    /** Defence and security equipment; outside official development assistance, so no DAC code. */
    public static final Sector DEFENCE = new Sector("defence", "Defence", 0);

    private final String code;
    private final String name;
    private final int dacPurposeCode;

    private Sector(String code, String name, int dacPurposeCode) {
        this.code = code;
        this.name = name;
        this.dacPurposeCode = dacPurposeCode;
    }

    /**
     * Creates a sector without a DAC purpose code.
     *
     * @param code a stable lower-case identifier without spaces, such as {@code "anti-drone"}
     * @param name the display name
     * @return the sector
     */
    public static Sector of(String code, String name) {
        return new Sector(checkCode(code), Check.line(name, "sector " + code + ": name"), 0);
    }

    /**
     * Creates a sector with its OECD DAC five-digit purpose code.
     *
     * @param code a stable lower-case identifier without spaces
     * @param name the display name
     * @param dacPurposeCode the purpose code, from 10000 to 99999
     * @return the sector
     */
    public static Sector of(String code, String name, int dacPurposeCode) {
        checkCode(code);
        Check.line(name, "sector " + code + ": name");
        if (dacPurposeCode < 10000 || dacPurposeCode > 99999) {
            throw new IllegalArgumentException("sector " + code
                    + ": DAC purpose code must have five digits (10000 to 99999), was " + dacPurposeCode);
        }
        return new Sector(code, name, dacPurposeCode);
    }

    private static String checkCode(String code) {
        Check.notBlank(code, "sector code");
        if (!code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException(
                    "sector code must be lower-case letters, digits and hyphens such as \"mine-action\", was "
                            + Check.shown(code));
        }
        return code;
    }

    /**
     * The stable identifier.
     *
     * @return for example {@code "mine-action"}
     */
    public String code() {
        return code;
    }

    /**
     * The display name.
     *
     * @return for example {@code "Mine action"}
     */
    public String name() {
        return name;
    }

    /**
     * The OECD DAC purpose code, where one fits.
     *
     * @return the five-digit code, or empty
     */
    public OptionalInt dacPurposeCode() {
        return dacPurposeCode == 0 ? OptionalInt.empty() : OptionalInt.of(dacPurposeCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sector && ((Sector) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * The code, as used in tables and {@code toString} of pledges.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return code;
    }
}
