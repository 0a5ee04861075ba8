package io.github.pledgebook.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * One book shared by eight threads running mixed queries at once (as of a date, within a window, series, groupings,
 * fulfilment, states, the chronicle, the record as known on a date, a conference's picture) gives exactly the answers
 * one thread gets alone.
 */
class SharedBookConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 2;
    private static final Stage[] STAGES = {Stage.REPORTED, Stage.ANNOUNCED, Stage.COMMITTED, Stage.DISBURSED};

    private static List<Supplier<Object>> queries(PledgeBook book, PledgeBook story) {
        List<Supplier<Object>> q = new ArrayList<>();
        for (int day = -1; day <= RandomBooks.SPAN_DAYS + 7; day += 12) {
            LocalDate date = RandomBooks.BASE.plusDays(day);
            LocalDateRange window = LocalDateRange.of(date, date.plusDays(20));
            for (Stage s : STAGES) {
                q.add(() -> book.total(s, date));
                q.add(() -> book.asOf(date).total(s));
                q.add(() -> book.within(window).total(s));
                q.add(() -> book.asOf(date).grouped(s, GroupBy.topLevelDonor()).toString());
                q.add(() -> book.within(window).grouped(s, GroupBy.channel()).toString());
            }
            q.add(() -> book.asOf(date).grouped(Stage.COMMITTED, GroupBy.sector()).toString());
            q.add(() -> book.asOf(date).grouped(Stage.ANNOUNCED, GroupBy.recipient()).toString());
            q.add(() -> book.asOf(date).fulfilment());
            q.add(() -> book.asOf(date).fulfilment(DonorLevel.AS_RECORDED));
            q.add(() -> book.chronicle().within(window).entries());
            q.add(() -> book.chronicle().involving(RandomBooks.JAPAN).ofKinds(EntryKind.ANNOUNCED, EntryKind.CANCELLED)
                    .within(window).entries());
            q.add(() -> book.asKnownOn(date).asOf(date).announced());
            for (Pledge p : book.pledges().subList(0, 8)) {
                q.add(() -> book.stateOf(p.id(), date).toString());
                q.add(() -> book.asOf(date).stateOf(p.id()).outstanding());
            }
        }
        for (Stage s : STAGES) {
            q.add(() -> book.monthly(s, YearMonth.of(2023, 12), YearMonth.of(2024, 4)).toString());
            q.add(() -> book.quarterly(s, YearQuarter.of(2023, 4), YearQuarter.of(2024, 2)).toString());
        }
        q.add(() -> book.chronicle().entries());
        q.add(() -> story.conferencePicture("jp-ua-erc-2024").toString());
        q.add(() -> story.chronicle().entries());
        q.add(() -> story.asOf(LocalDate.of(2024, 2, 20)).fulfilment());
        return q;
    }

    private static List<Object> answer(List<Supplier<Object>> queries, List<Integer> order) {
        Object[] answers = new Object[queries.size()];
        for (int i : order) {
            answers[i] = queries.get(i).get();
        }
        return List.of(answers);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void eightThreadsSharingOneBookGetTheAnswersOfOneThread() throws Exception {
        PledgeBook book = RandomBooks.book(20240219L, 120);
        PledgeBook story = FoundingArticle.book();
        List<Supplier<Object>> queries = queries(book, story);
        List<Integer> inOrder = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            inOrder.add(i);
        }
        List<Object> expected = answer(queries, inOrder);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Object>>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    List<Integer> order = new ArrayList<>(inOrder);
                    Collections.shuffle(order, new Random(31L * round + t));
                    results.add(pool.submit(() -> {
                        start.await();
                        return answer(queries, order);
                    }));
                }
                start.countDown();
                for (int t = 0; t < THREADS; t++) {
                    List<Object> got = results.get(t).get(60, TimeUnit.SECONDS);
                    for (int i = 0; i < expected.size(); i++) {
                        assertThat(got.get(i)).as("round %d, thread %d, query %d", round, t, i)
                                .isEqualTo(expected.get(i));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(queries).hasSizeGreaterThan(300);
    }
}
