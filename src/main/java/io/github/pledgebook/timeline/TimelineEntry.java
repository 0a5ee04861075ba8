package io.github.pledgebook.timeline;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Conference;
import io.github.pledgebook.Memorandum;
import io.github.pledgebook.Milestone;
import io.github.pledgebook.Party;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One line of a {@link Chronicle}: something that happened on a date, with the item it comes from.
 * <pre>{@code
 * // 2024-02-11 reported jp-erp3: Government of Japan -> Ukraine USD 106,000,000 (Kyodo News, unnamed sources)
 * // 2024-02-19 conference jp-ua-erc-2024: Japan-Ukraine Conference for Promoting ..., Tokyo JP
 * }</pre>
 * This class is immutable and thread-safe; equality is by value.
 */
public final class TimelineEntry {

    private final LocalDate date;
    private final EntryKind kind;
    private final String id;
    private final Pledge pledge;
    private final PledgeEvent event;
    private final Conference conference;
    private final Memorandum memorandum;
    private final Milestone milestone;

    private TimelineEntry(LocalDate date, EntryKind kind, String id, Pledge pledge, PledgeEvent event,
            Conference conference, Memorandum memorandum, Milestone milestone) {
        this.date = date;
        this.kind = kind;
        this.id = id;
        this.pledge = pledge;
        this.event = event;
        this.conference = conference;
        this.memorandum = memorandum;
        this.milestone = milestone;
    }

    static TimelineEntry of(Pledge pledge, PledgeEvent event) {
        return new TimelineEntry(event.date(), EntryKind.of(event.stage()), pledge.id(), pledge, event, null, null,
                null);
    }

    static TimelineEntry of(Conference c) {
        return new TimelineEntry(c.startDate(), EntryKind.CONFERENCE, c.id(), null, null, c, null, null);
    }

    static TimelineEntry of(Memorandum m) {
        return new TimelineEntry(m.signedOn(), EntryKind.MEMORANDUM, m.id(), null, null, null, m, null);
    }

    static TimelineEntry of(Milestone m) {
        return new TimelineEntry(m.date(), EntryKind.MILESTONE, m.id(), null, null, null, null, m);
    }

    /**
     * When it happened; a conference's first day.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * What kind of thing happened.
     *
     * @return the kind
     */
    public EntryKind kind() {
        return kind;
    }

    /**
     * The id of the item: the pledge, conference, memorandum or milestone.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The pledge, for a pledge event.
     *
     * @return the pledge, or empty
     */
    public Optional<Pledge> pledge() {
        return Optional.ofNullable(pledge);
    }

    /**
     * The pledge event, for a pledge event.
     *
     * @return the event, or empty
     */
    public Optional<PledgeEvent> event() {
        return Optional.ofNullable(event);
    }

    /**
     * The conference, for a conference entry.
     *
     * @return the conference, or empty
     */
    public Optional<Conference> conference() {
        return Optional.ofNullable(conference);
    }

    /**
     * The memorandum, for a memorandum entry.
     *
     * @return the memorandum, or empty
     */
    public Optional<Memorandum> memorandum() {
        return Optional.ofNullable(memorandum);
    }

    /**
     * The milestone, for a milestone entry.
     *
     * @return the milestone, or empty
     */
    public Optional<Milestone> milestone() {
        return Optional.ofNullable(milestone);
    }

    /**
     * The money of the entry: the event's amount or the memorandum's value.
     *
     * @return the amount, or empty
     */
    public Optional<MonetaryAmount> amount() {
        if (event != null) {
            return event.amount();
        }
        return memorandum != null ? memorandum.value() : Optional.empty();
    }

    /**
     * Who acted: the pledge's donor, channel and recipient; the hosts; the signatories; the milestone's parties.
     *
     * @return an unmodifiable list
     */
    public List<Party> parties() {
        if (pledge != null) {
            List<Party> list = new ArrayList<>(3);
            list.add(pledge.donor());
            pledge.channel().ifPresent(list::add);
            list.add(pledge.recipient());
            return List.copyOf(list);
        }
        if (conference != null) {
            return conference.hosts();
        }
        return memorandum != null ? memorandum.parties() : milestone.parties();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TimelineEntry)) {
            return false;
        }
        TimelineEntry e = (TimelineEntry) o;
        return date.equals(e.date) && kind == e.kind && id.equals(e.id) && Objects.equals(pledge, e.pledge)
                && Objects.equals(event, e.event) && Objects.equals(conference, e.conference)
                && Objects.equals(memorandum, e.memorandum) && Objects.equals(milestone, e.milestone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, kind, id, event);
    }

    /**
     * Returns one line: date, kind, id and what happened.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(date).append(' ').append(kind.label()).append(' ').append(id)
                .append(": ");
        if (pledge != null) {
            sb.append(pledge.donor().name());
            pledge.channel().ifPresent(c -> sb.append(" -> ").append(c.name()));
            sb.append(" -> ").append(pledge.recipient().name());
            event.amount().ifPresent(a -> sb.append(' ').append(Amounts.format(a)));
            if (event.amount().isEmpty() && kind != EntryKind.CANCELLED) {
                pledge.inKind().ifPresent(k -> sb.append(' ').append(k));
            }
            sb.append(" (").append(event.source().publisher()).append(", ").append(event.source().kind().label())
                    .append(')');
        } else if (conference != null) {
            sb.append(conference.name()).append(", ").append(conference.city()).append(' ')
                    .append(conference.country());
        } else if (memorandum != null) {
            sb.append(memorandum.title());
            memorandum.value().ifPresent(v -> sb.append(", ").append(Amounts.format(v)));
        } else {
            sb.append(milestone.title());
        }
        return sb.toString();
    }
}
