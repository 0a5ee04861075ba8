package io.github.pledgebook.timeline;

import io.github.pledgebook.Conference;
import io.github.pledgebook.Figure;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import io.github.pledgebook.timeline.index.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a conference produced, as far as the record shows: the pledges made there and what they announced and
 * committed during its days, the memoranda itemised, and the counts reported in aggregate next to the itemised ones.
 * <p>
 * A pledge belongs to a conference by its {@link Pledge#conferenceId()}, a memorandum by its
 * {@link Memorandum#conferenceId()}. The press often reports more documents signed than anyone can itemise
 * ("56 documents signed", 8 itemised): both are kept, never one in place of the other.
 * <pre>{@code
 * ConferencePicture tokyo = book.conferencePicture("jp-ua-erc-2024");
 * tokyo.announcedThere().total();   // [JPY 15,800,000,000]
 * tokyo.itemisedCount();            // 4
 * tokyo.reportedCounts();           // [more than 10 memorandums of cooperation expected, 56 documents signed]
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class ConferencePicture {

    private final Conference conference;
    private final List<Pledge> pledges;
    private final StageTotal announcedThere;
    private final StageTotal committedThere;
    private final List<Memorandum> memoranda;
    private final MoneyTotal memorandaValue;

    private ConferencePicture(Conference conference, List<Pledge> pledges, StageTotal announcedThere,
            StageTotal committedThere, List<Memorandum> memoranda, MoneyTotal memorandaValue) {
        this.conference = conference;
        this.pledges = pledges;
        this.announcedThere = announcedThere;
        this.committedThere = committedThere;
        this.memoranda = memoranda;
        this.memorandaValue = memorandaValue;
    }

    static ConferencePicture of(PledgeBook book, Conference c) {
        List<Pledge> pledges = new ArrayList<>();
        Span dates = Span.within(c.dates());
        Tally announced = Tally.of(Stage.ANNOUNCED, dates);
        Tally committed = Tally.of(Stage.COMMITTED, dates);
        for (Pledge p : book.pledges()) {
            if (p.conferenceId().filter(c.id()::equals).isPresent()) {
                pledges.add(p);
                announced.add(p);
                committed.add(p);
            }
        }
        List<Memorandum> memoranda = new ArrayList<>();
        MoneyTotal.Builder value = MoneyTotal.builder();
        for (Memorandum m : book.memoranda()) {
            if (m.conferenceId().filter(c.id()::equals).isPresent()) {
                memoranda.add(m);
                value.addOptional(m.value());
            }
        }
        memoranda.sort(Comparator.comparing(Memorandum::signedOn).thenComparing(Memorandum::id));
        return new ConferencePicture(c, List.copyOf(pledges), announced.total(), committed.total(),
                List.copyOf(memoranda), value.build());
    }

    /**
     * The conference.
     *
     * @return the conference
     */
    public Conference conference() {
        return conference;
    }

    /**
     * The pledges made at the conference, in book order.
     *
     * @return an unmodifiable list
     */
    public List<Pledge> pledges() {
        return pledges;
    }

    /**
     * What the conference's pledges announced during its days (net of revisions), with what was left out.
     *
     * @return the announced total within the conference dates
     */
    public StageTotal announcedThere() {
        return announcedThere;
    }

    /**
     * What the conference's pledges committed during its days, with what was left out.
     *
     * @return the committed total within the conference dates
     */
    public StageTotal committedThere() {
        return committedThere;
    }

    /**
     * The memoranda itemised for the conference, by signing date and id.
     *
     * @return an unmodifiable list
     */
    public List<Memorandum> memoranda() {
        return memoranda;
    }

    /**
     * How many memoranda are itemised, to read next to {@link #reportedCounts()}.
     *
     * @return the count
     */
    public int itemisedCount() {
        return memoranda.size();
    }

    /**
     * The money value of the itemised memoranda; those without a value are counted in
     * {@link MoneyTotal#unvaluedCount()}.
     *
     * @return the total
     */
    public MoneyTotal memorandaValue() {
        return memorandaValue;
    }

    /**
     * The counts reported in aggregate, such as "56 documents signed".
     *
     * @return an unmodifiable list
     */
    public List<Figure> reportedCounts() {
        return conference.reportedCounts();
    }

    /**
     * Who came, as reported.
     *
     * @return an unmodifiable list
     */
    public List<Figure> participation() {
        return conference.participation();
    }

    /**
     * Returns a short report over several lines: the conference, the money announced and committed, the memoranda
     * itemised next to the counts reported, and the participation.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(conference.toString()).append('\n');
        sb.append("pledges: ").append(pledges.size()).append('\n');
        sb.append("announced there: ").append(announcedThere.total()).append('\n');
        sb.append("committed there: ").append(committedThere.total()).append('\n');
        sb.append("memoranda itemised: ").append(memoranda.size()).append(", value ").append(memorandaValue)
                .append('\n');
        reportedCounts().forEach(f -> sb.append("reported: ").append(f).append('\n'));
        participation().forEach(f -> sb.append("participation: ").append(f).append('\n'));
        return sb.toString();
    }
}
