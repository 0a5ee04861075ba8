package io.github.pledgebook.fts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One flow object as it stood in the JSON text, before any check: the fields pledgebook reads, each {@code null}
 * when absent or JSON {@code null}. The JSON reader fills it; {@link FtsFlow#of} checks it. The first field of the
 * wrong JSON type is kept in {@link #typeProblem}, so that the flow is refused with a reason instead of stopping
 * the page.
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
    String date;
    String decisionDate;
    String firstReportedDate;
    String createdAt;
    String updatedAt;
    String description;
    String refCode;
    BigDecimal amountUsd;
    BigDecimal originalAmount;
    String originalCurrency;
    BigDecimal exchangeRate;
    String parentFlowId;
    List<String> childFlowIds = List.of();
    List<RawObject> sources = List.of();
    List<RawObject> destinations = List.of();
    String typeProblem;

    void problem(String field, String expected, String was) {
        if (typeProblem == null) {
            typeProblem = field + " must be " + expected + ", was " + was;
        }
    }

    /** One element of {@code sourceObjects} or {@code destinationObjects}. */
    static final class RawObject {
        String type;
        String id;
        String name;
        String behavior;
        List<String> organizationTypes = new ArrayList<>(2);
    }
}
