package io.github.pledgebook.fts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One flow object as it stood in the JSON text, before the checks of {@link FtsFlow#of}: the fields pledgebook
 * reads, each {@code null} when absent or JSON {@code null}. The JSON reader fills it, already typed where that
 * cannot fail: FTS's words and object parts as shared text, dates as shared {@code LocalDate}s (the text of one that
 * is not a date is kept in its {@code ...Text} field for the refusal), source and destination objects as shared
 * {@link FtsObject}s. The first field of the wrong JSON type is kept in {@link #typeProblem}, and the first object of
 * each side that is no FTS object in {@link #sourcesProblem} or {@link #destinationsProblem}, so that the flow is
 * refused with a reason instead of stopping the page.
 */
final class RawFlow {
    int page;
    int position;
    String id;
    BigDecimal versionId;
    String status;
    String flowType;
    String boundary;
    String onBoundary;
    Boolean newMoney;
    String contributionType;
    LocalDate date;
    String dateText;
    LocalDate decisionDate;
    String decisionDateText;
    LocalDate firstReportedDate;
    String firstReportedDateText;
    LocalDate createdAt;
    String createdAtText;
    LocalDate updatedAt;
    String updatedAtText;
    String description;
    String refCode;
    BigDecimal amountUsd;
    BigDecimal originalAmount;
    String originalCurrency;
    BigDecimal exchangeRate;
    String parentFlowId;
    List<String> childFlowIds = List.of();
    List<FtsObject> sources = List.of();
    String sourcesProblem;
    List<FtsObject> destinations = List.of();
    String destinationsProblem;
    String typeProblem;

    void problem(String field, String expected, String was) {
        if (typeProblem == null) {
            typeProblem = field + " must be " + expected + ", was " + was;
        }
    }
}
