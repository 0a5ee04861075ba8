package io.github.pledgebook.bench;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.PledgeEvent;
import io.github.pledgebook.timeline.PledgeBook;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader's book made again from its own values: every event and pledge through the public builders (all their
 * checks), then {@link PledgeBook#of}. Numbers, texts, dates and parties are the ones already read, so this is less
 * than any reader that makes the same book must do: next to a bare parse, it splits a reader's time into what the
 * core costs and what the reader itself adds.
 */
final class Rebuild {

    private Rebuild() {
    }

    static PledgeBook book(List<Pledge> pledges) {
        List<Pledge> out = new ArrayList<>(pledges.size());
        for (Pledge p : pledges) {
            Pledge.Builder b = Pledge.builder().id(p.id()).donor(p.donor()).recipient(p.recipient())
                    .channel(p.channel()).category(p.category()).instrument(p.instrument())
                    .addAllSectors(p.sectors()).description(p.description()).conferenceId(p.conferenceId())
                    .coverage(p.coverage()).inKind(p.inKind()).regrantsPooledFunds(p.regrantsPooledFunds());
            for (PledgeEvent e : p.history()) {
                PledgeEvent.Builder eb = PledgeEvent.builder().date(e.date()).knownOn(e.knownOn()).stage(e.stage())
                        .source(e.source()).addsToStage(e.addsToStage()).rateDate(e.rateDate())
                        .expectedDate(e.expectedDate()).memorandumId(e.memorandumId()).note(e.note());
                if (e.amountNumber().isPresent()) {
                    eb.amount(e.amountNumber().get(), e.amountCurrency().get());
                }
                b.addEvent(eb.build());
            }
            out.add(b.build());
        }
        return PledgeBook.of(out);
    }
}
