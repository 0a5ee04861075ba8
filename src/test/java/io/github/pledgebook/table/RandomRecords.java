package io.github.pledgebook.table;

import io.github.pledgebook.AidCategory;
import io.github.pledgebook.Amounts;
import io.github.pledgebook.Conference;
import io.github.pledgebook.Donor;
import io.github.pledgebook.DonorKind;
import io.github.pledgebook.Figure;
import io.github.pledgebook.InKind;
import io.github.pledgebook.Instrument;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.Sector;
import io.github.pledgebook.Source;
import io.github.pledgebook.SourceKind;
import io.github.pledgebook.Stage;
import io.github.pledgebook.timeline.PledgeBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.threeten.extra.LocalDateRange;

/**
 * Random valid books that use every field the event table writes: donor hierarchies, donors as channels and
 * signatories, organizations with and without a country, own sectors, coverage, every kind of in-kind aid, known-on
 * and expected dates, notes and names full of CSV, formula and list hazards (quotes, commas, leading
 * {@code = + - @ '}, semicolons, backslashes, non-ASCII letters, non-breaking and zero-width spaces inside, line
 * breaks in notes and descriptions), conferences with figures, memoranda and milestones.
 * <p>
 * Only text the values accept: ids and one-line fields (names, titles, publishers) hold no control characters and
 * do not start or end with a space; notes and descriptions have {@code \n} between lines and no other control
 * character. The event table is pledgebook's own lossless format, so it must give back exactly this text.
 */
final class RandomRecords {

    /** Characters that may start or end any text, ids included. */
    private static final String HAZARDS = "=+-@'\";,\\|<>&*_`";
    /** Characters that may stand inside one-line text, between visible ones. */
    private static final String INSIDE = HAZARDS + "  \u00A0\u200B";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéü日本Україна";
    private static final LocalDate BASE = LocalDate.of(2023, 12, 1);
    private static final String[] CURRENCIES = {"USD", "JPY", "EUR", "GBP", "BHD"};

    private final Random r;

    private RandomRecords(long seed) {
        this.r = new Random(seed);
    }

    static PledgeBook book(long seed) {
        return new RandomRecords(seed).book();
    }

    private PledgeBook book() {
        List<Donor> donors = new ArrayList<>();
        for (int i = 0; i < 1 + r.nextInt(5); i++) {
            Donor top = Donor.builder().id(id("d" + i)).name(text()).kind(DonorKind.values()[r.nextInt(7)])
                    .country(r.nextBoolean() ? java.util.Optional.of("JP") : java.util.Optional.empty()).build();
            donors.add(top);
            if (r.nextBoolean()) {
                Donor agency = Donor.agency(id("a" + i), text(), top);
                donors.add(agency);
                if (r.nextInt(3) == 0) {
                    donors.add(Donor.builder().id(id("s" + i)).name(text()).kind(DonorKind.OTHER).parent(agency)
                            .build());
                }
            }
        }
        List<Party> others = new ArrayList<>();
        others.add(Party.of(id("ua"), text(), "UA"));
        others.add(Party.of(id("fund"), text()));
        List<Sector> sectorChoice = List.of(Sector.ENERGY, Sector.MINE_ACTION, Sector.INFRASTRUCTURE,
                Sector.of("anti-drone", text()), Sector.of("grid-" + r.nextInt(9), text(), 10000 + r.nextInt(90000)));
        List<Conference> conferences = new ArrayList<>();
        for (int i = 0; i < r.nextInt(3); i++) {
            Conference.Builder b = Conference.builder().id(id("c" + i)).name(text()).city(text()).country("JP");
            LocalDate first = BASE.plusDays(r.nextInt(60));
            b.days(first, first.plusDays(r.nextInt(3)));
            for (int k = 0; k < r.nextInt(3); k++) {
                b.addAlias(text());
            }
            if (r.nextBoolean()) {
                b.addHosts(donors.get(0), others.get(0));
            }
            for (int k = 0; k < r.nextInt(3); k++) {
                b.addParticipation(figure());
            }
            for (int k = 0; k < r.nextInt(3); k++) {
                b.addReportedCount(figure());
            }
            if (r.nextBoolean()) {
                b.addThemes(sectorChoice.get(r.nextInt(sectorChoice.size())));
            }
            conferences.add(b.build());
        }
        // events name only memoranda of the book, so their ids are chosen first
        List<String> memorandumIds = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            memorandumIds.add(id("m" + i));
        }
        List<Pledge> pledges = new ArrayList<>();
        for (int i = 0; i < 1 + r.nextInt(8); i++) {
            pledges.add(pledge(id("p" + i), donors, others, sectorChoice, conferences, memorandumIds));
        }
        List<Memorandum> memoranda = new ArrayList<>();
        for (String memorandumId : memorandumIds) {
            Memorandum.Builder b = Memorandum.builder().id(memorandumId).title(text())
                    .addParties(donors.get(r.nextInt(donors.size())), others.get(0)).signedOn(BASE.plusDays(r.nextInt(90)));
            if (!conferences.isEmpty() && r.nextBoolean()) {
                b.conferenceId(conferences.get(0).id());
            }
            if (r.nextBoolean()) {
                b.value(Amounts.of(amount(), CURRENCIES[r.nextInt(CURRENCIES.length)]));
            }
            if (r.nextBoolean()) {
                b.pledgeId(pledges.get(r.nextInt(pledges.size())).id());
            }
            if (r.nextBoolean()) {
                b.source(source(BASE));
            }
            if (r.nextBoolean()) {
                b.addSubjects(sectorChoice.get(r.nextInt(sectorChoice.size())));
            }
            memoranda.add(b.build());
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < r.nextInt(3); i++) {
            Milestone.Builder b = Milestone.builder().id(id("ms" + i)).date(BASE.plusDays(r.nextInt(90))).title(text())
                    .source(source(BASE)).addParties(donors.get(0));
            if (r.nextBoolean()) {
                b.addParties(others.get(1));
            }
            if (r.nextBoolean()) {
                b.description(lines());
            }
            milestones.add(b.build());
        }
        return PledgeBook.of(pledges, conferences, memoranda, milestones);
    }

    private Pledge pledge(String id, List<Donor> donors, List<Party> others, List<Sector> sectors,
            List<Conference> conferences, List<String> memorandumIds) {
        Donor donor = donors.get(r.nextInt(donors.size()));
        Pledge.Builder b = Pledge.builder().id(id).donor(donor).recipient(others.get(0))
                .category(AidCategory.values()[r.nextInt(3)]).instrument(Instrument.values()[r.nextInt(5)])
                .regrantsPooledFunds(r.nextInt(4) == 0);
        int channel = r.nextInt(3);
        if (channel == 1) {
            b.channel(others.get(1));
        } else if (channel == 2) {
            donors.stream().filter(d -> !d.id().equals(donor.id())).findFirst().ifPresent(b::channel);
        }
        List<Sector> chosen = new ArrayList<>();
        for (int k = 0; k < r.nextInt(3); k++) {
            Sector s = sectors.get(r.nextInt(sectors.size()));
            if (!chosen.contains(s)) { // a pledge lists each sector once
                chosen.add(s);
                b.addSectors(s);
            }
        }
        if (r.nextBoolean()) {
            b.description(lines());
        }
        if (!conferences.isEmpty() && r.nextBoolean()) {
            b.conferenceId(conferences.get(r.nextInt(conferences.size())).id());
        }
        if (r.nextInt(3) == 0) {
            LocalDate from = BASE.plusDays(r.nextInt(400));
            b.coverage(LocalDateRange.ofClosed(from, from.plusDays(r.nextInt(1500))));
        }
        boolean inKind = r.nextInt(3) == 0;
        if (inKind) {
            int k = r.nextInt(3);
            b.inKind(k == 0 ? InKind.of(text()) : k == 1 ? InKind.of(text(), 1 + r.nextInt(1000))
                    : InKind.of(text(), new BigDecimal(r.nextInt(100000)).movePointLeft(r.nextInt(3)).add(BigDecimal.ONE),
                            text()));
        }
        String tranche = CURRENCIES[r.nextInt(CURRENCIES.length)];
        LocalDate date = BASE.plusDays(r.nextInt(30));
        int events = 1 + r.nextInt(5);
        for (int e = 0; e < events; e++) {
            date = date.plusDays(r.nextInt(3) == 0 ? 0 : r.nextInt(20));
            PledgeEvent event;
            if (e == events - 1 && r.nextInt(6) == 0) {
                event = PledgeEvent.cancelled(date, source(date));
            } else {
                Stage stage = Stage.values()[r.nextInt(4)];
                String currency = stage == Stage.DISBURSED ? tranche : CURRENCIES[r.nextInt(CURRENCIES.length)];
                event = inKind && r.nextBoolean() ? PledgeEvent.of(date, stage, source(date))
                        : PledgeEvent.of(date, stage, Amounts.of(amount(), currency), source(date));
            }
            if (r.nextInt(4) == 0) {
                event = event.withKnownOn(date.plusDays(1 + r.nextInt(30)));
            }
            if (r.nextInt(4) == 0) {
                event = event.withExpectedDate(date.plusDays(r.nextInt(30)));
            }
            if (r.nextInt(5) == 0 && !memorandumIds.isEmpty()) {
                event = event.withMemorandumId(memorandumIds.get(r.nextInt(memorandumIds.size())));
            }
            if (r.nextInt(4) == 0) {
                event = event.withNote(lines());
            }
            b.addEvent(event);
        }
        return b.build();
    }

    private Figure figure() {
        Figure f = Figure.of(Figure.Precision.values()[r.nextInt(5)], r.nextInt(1000), text());
        return r.nextBoolean() ? f.withSource(source(BASE)) : f;
    }

    private Source source(LocalDate date) {
        Source.Builder b = Source.builder().publisher(r.nextInt(3) == 0 ? "Ministry" : text())
                .kind(SourceKind.values()[r.nextInt(SourceKind.values().length)]).date(date.minusDays(r.nextInt(3)));
        if (r.nextBoolean()) {
            b.url("https://example.org/" + r.nextInt(1000) + (r.nextBoolean() ? "?a=1;b=\"2\"" : ""));
        }
        if (r.nextBoolean()) {
            b.note(lines());
        }
        return b.build();
    }

    private BigDecimal amount() {
        switch (r.nextInt(6)) {
            case 0:
                return new BigDecimal(Long.MAX_VALUE).multiply(BigDecimal.valueOf(1 + r.nextInt(1000)));
            case 1:
                return BigDecimal.valueOf(1 + r.nextInt(1_000_000), 2 + r.nextInt(6));
            case 2:
                return BigDecimal.valueOf(1 + r.nextInt(100), -3 - r.nextInt(8));
            case 3:
                return new BigDecimal("0.10");
            default:
                return BigDecimal.valueOf(1 + r.nextInt(1_000_000_000));
        }
    }

    /** An id, sometimes with a hazard in it. */
    private String id(String base) {
        return r.nextInt(4) == 0 ? HAZARDS.charAt(r.nextInt(HAZARDS.length())) + base : base;
    }

    /** One line of non-blank text with hazards at the start, inside and at the end; spaces only inside. */
    private String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(r.nextInt(3) == 0 ? HAZARDS.charAt(r.nextInt(HAZARDS.length()))
                : LETTERS.charAt(r.nextInt(LETTERS.length())));
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(3) == 0 ? INSIDE.charAt(r.nextInt(INSIDE.length()))
                    : LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        sb.append(LETTERS.charAt(r.nextInt(26)));
        if (r.nextInt(4) == 0) {
            sb.append(HAZARDS.charAt(r.nextInt(HAZARDS.length())));
        }
        return sb.toString();
    }

    /** Text of one to four lines joined by {@code \n}, sometimes with a blank line between, for notes and descriptions. */
    private String lines() {
        StringBuilder sb = new StringBuilder(text());
        for (int i = r.nextInt(4); i > 0; i--) {
            sb.append(r.nextInt(4) == 0 ? "\n\n" : "\n").append(text());
        }
        return sb.toString();
    }
}
