package io.github.pledgebook.fts;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Pledge;
import io.github.pledgebook.Stage;
import io.github.pledgebook.internal.Check;
import io.github.pledgebook.internal.Days;
import io.github.pledgebook.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One OCHA FTS flow as read: FTS's own fields, checked and typed, with what pledgebook made of it.
 * <p>
 * Every amount is exact, taken from the JSON text. {@link #amount()} is the fact pledgebook counts: the original
 * amount in its own currency when FTS states one, else FTS's USD amount. {@link #amountUsd()} and
 * {@link #exchangeRate()} are FTS's derived figures, kept as FTS stated them and never counted in their place.
 * {@link #exclusion()} says why a flow is left out of the book's totals (a parent counted through its children, an
 * internal flow, ...), and {@link #pledge()} is the pledge the book holds for it.
 * <pre>{@code
 * FtsFlow f = fts.flow("214492").orElseThrow();
 * f.stage();        // DISBURSED (FTS status "paid")
 * f.amount();       // Optional[USD 117853] (no original amount stated)
 * f.isCounted();    // true
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class FtsFlow {

    private static final CurrencyUnit USD = Amounts.currency("USD");

    private final String id;
    private final int versionId;
    private final int page;
    private final int position;
    private final String status;
    private final Stage stage;
    private final String flowType;
    private final String boundary;
    private final String onBoundary;
    private final Boolean newMoney;
    private final String contributionType;
    private final boolean inKind;
    private final LocalDate date;
    private final LocalDate decisionDate;
    private final LocalDate firstReportedDate;
    private final LocalDate createdOn;
    private final LocalDate updatedOn;
    private final String description;
    private final String refCode;
    /** The original amount's number and currency, and the USD amount's number, as FTS stated them (or null). */
    private final BigDecimal originalNumber;
    private final CurrencyUnit originalCurrency;
    private final BigDecimal usdNumber;
    private final BigDecimal exchangeRate;
    private final String parentFlowId;
    private final List<String> childFlowIds;
    private final List<FtsObject> sources;
    private final List<FtsObject> destinations;
    private final String exclusion;
    private final Pledge pledge;

    private FtsFlow(RawFlow raw, Stage stage, int versionId, LocalDate date, LocalDate decisionDate,
            LocalDate firstReportedDate, LocalDate createdOn, LocalDate updatedOn, BigDecimal originalNumber,
            CurrencyUnit originalCurrency, BigDecimal usdNumber, BigDecimal exchangeRate, List<FtsObject> sources,
            List<FtsObject> destinations) {
        this.id = raw.id;
        this.versionId = versionId;
        this.page = raw.page;
        this.position = raw.position;
        this.status = raw.status;
        this.stage = stage;
        this.flowType = raw.flowType;
        this.boundary = raw.boundary;
        this.onBoundary = raw.onBoundary;
        this.newMoney = raw.newMoney;
        this.contributionType = raw.contributionType;
        this.inKind = contributionType != null && contributionType.toLowerCase(Locale.ROOT).equals("in kind");
        this.date = date;
        this.decisionDate = decisionDate;
        this.firstReportedDate = firstReportedDate;
        this.createdOn = createdOn;
        this.updatedOn = updatedOn;
        this.description = Texts.text(raw.description);
        this.refCode = Texts.line(raw.refCode);
        this.originalNumber = originalNumber;
        this.originalCurrency = originalCurrency;
        this.usdNumber = usdNumber;
        this.exchangeRate = exchangeRate;
        this.parentFlowId = Texts.id(raw.parentFlowId);
        this.childFlowIds = ids(raw.childFlowIds);
        this.sources = sources;
        this.destinations = destinations;
        this.exclusion = null;
        this.pledge = null;
    }

    private FtsFlow(FtsFlow f, String exclusion, Pledge pledge) {
        this.id = f.id;
        this.versionId = f.versionId;
        this.page = f.page;
        this.position = f.position;
        this.status = f.status;
        this.stage = f.stage;
        this.flowType = f.flowType;
        this.boundary = f.boundary;
        this.onBoundary = f.onBoundary;
        this.newMoney = f.newMoney;
        this.contributionType = f.contributionType;
        this.inKind = f.inKind;
        this.date = f.date;
        this.decisionDate = f.decisionDate;
        this.firstReportedDate = f.firstReportedDate;
        this.createdOn = f.createdOn;
        this.updatedOn = f.updatedOn;
        this.description = f.description;
        this.refCode = f.refCode;
        this.originalNumber = f.originalNumber;
        this.originalCurrency = f.originalCurrency;
        this.usdNumber = f.usdNumber;
        this.exchangeRate = f.exchangeRate;
        this.parentFlowId = f.parentFlowId;
        this.childFlowIds = f.childFlowIds;
        this.sources = f.sources;
        this.destinations = f.destinations;
        this.exclusion = exclusion;
        this.pledge = pledge;
    }

    /** A flow that cannot be read: the reason becomes an {@link FtsProblem}. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Checks a flow as it stood in the JSON text and types its fields. */
    static FtsFlow of(RawFlow raw) throws Refusal {
        if (raw.typeProblem != null) {
            throw new Refusal(raw.typeProblem);
        }
        String id = Texts.id(raw.id); // text from the file is tidied (docs/fts.md): ids refuse invisible characters
        if (id == null) {
            throw new Refusal("id is required, was " + (raw.id == null ? "missing" : Check.shown(raw.id)));
        }
        raw.id = id;
        Stage stage = stage(raw.status);
        int version = 0;
        if (raw.versionId != null) {
            try {
                version = raw.versionId.intValueExact();
            } catch (ArithmeticException e) {
                throw new Refusal("versionId must be a whole number, was " + raw.versionId.toPlainString());
            }
        }
        LocalDate date = date("date", raw.date, raw.dateText);
        if (date == null) {
            throw new Refusal("date is required (the date of the " + raw.status + "), was missing");
        }
        BigDecimal original = null;
        CurrencyUnit originalCurrency = null;
        if (raw.originalAmount != null) {
            checkNotNegative("originalAmount", raw.originalAmount);
            if (raw.originalAmount.signum() > 0) {
                if (raw.originalCurrency == null || raw.originalCurrency.isBlank()) {
                    throw new Refusal("originalAmount " + raw.originalAmount.toPlainString()
                            + " has no originalCurrency; pledgebook never guesses a currency");
                }
                originalCurrency = currency(raw.originalCurrency);
                original = checked("originalAmount", raw.originalAmount, originalCurrency);
            }
        }
        if (original == null && raw.originalCurrency != null && !raw.originalCurrency.isBlank()) {
            currency(raw.originalCurrency); // an unknown code is a problem even without an amount
        }
        BigDecimal usd = null;
        if (raw.amountUsd != null) {
            checkNotNegative("amountUSD", raw.amountUsd);
            usd = checked("amountUSD", raw.amountUsd, USD);
        }
        BigDecimal rate = null;
        if (raw.exchangeRate != null) {
            checkNotNegative("exchangeRate", raw.exchangeRate);
            rate = raw.exchangeRate.signum() == 0 ? null : checked("exchangeRate", raw.exchangeRate, null);
        }
        if (id.equals(Texts.id(raw.parentFlowId))) {
            throw new Refusal("parentFlowId names the flow itself; a flow cannot be its own parent");
        }
        for (String child : raw.childFlowIds) {
            if (id.equals(Texts.id(child))) {
                throw new Refusal("childFlowIds names the flow itself; a flow cannot be counted through itself");
            }
        }
        if (raw.sourcesProblem != null) {
            throw new Refusal(raw.sourcesProblem);
        }
        if (raw.destinationsProblem != null) {
            throw new Refusal(raw.destinationsProblem);
        }
        List<FtsObject> destinations = raw.destinations;
        FtsObject to = first(destinations, "Organization");
        boolean placed = first(destinations, "Plan") != null || first(destinations, "Location") != null;
        if (to == null && !placed) {
            throw new Refusal("destinationObjects name no Organization, Plan or Location, expected the recipient");
        }
        FtsObject from = first(raw.sources, "Organization");
        if (!placed && from != null && from.id().equals(to.id())) {
            // refused here, not when its pledge is built, so that to a parent flow it is absent like any refused flow
            throw new Refusal("the donor " + (from.name().isBlank() ? "FTS organization " + from.id() : from.name())
                    + " is also the only recipient, and no destination plan or location tells where the money went");
        }
        return new FtsFlow(raw, stage, version, date, date("decisionDate", raw.decisionDate, raw.decisionDateText),
                date("firstReportedDate", raw.firstReportedDate, raw.firstReportedDateText),
                date("createdAt", raw.createdAt, raw.createdAtText), date("updatedAt", raw.updatedAt, raw.updatedAtText),
                original, originalCurrency, usd, rate, raw.sources, destinations);
    }

    /**
     * A number that passes the checks of every amount and rate (at most so many digits; a currency, if any, that
     * names money), kept as it is: the flow makes its {@code Money} only when asked. A number out of those bounds
     * refuses the flow, as every malformed field does, instead of stopping the read.
     */
    private static BigDecimal checked(String field, BigDecimal number, CurrencyUnit currency) throws Refusal {
        if (!Check.isDigits(number)) {
            throw new Refusal(Check.digitsProblem(number, field));
        }
        if (currency != null && !Check.isMoney(currency)) {
            try {
                Amounts.of(number, currency); // the message every amount gives
            } catch (IllegalArgumentException e) {
                throw new Refusal(field + ": " + e.getMessage());
            }
        }
        return number;
    }

    private static Stage stage(String status) throws Refusal {
        if (status == null) {
            throw new Refusal("status is required (pledge, commitment or paid), was missing");
        }
        switch (status) {
            case "pledge": return Stage.ANNOUNCED;
            case "commitment": return Stage.COMMITTED;
            case "paid": return Stage.DISBURSED;
            default:
                throw new Refusal("status must be pledge, commitment or paid, was \"" + status + "\"");
        }
    }

    private static void checkNotNegative(String field, BigDecimal value) throws Refusal {
        if (value.signum() < 0) {
            throw new Refusal(field + " must not be negative, was " + value.toPlainString());
        }
    }

    private static CurrencyUnit currency(String code) throws Refusal {
        try {
            return Amounts.currency(code);
        } catch (IllegalArgumentException e) {
            throw new Refusal("originalCurrency must be a known ISO 4217 code such as USD, was \"" + code + "\"");
        }
    }

    /** A date as read: the date, else null when absent, or a refusal naming the text that is no date. */
    private static LocalDate date(String field, LocalDate date, String text) throws Refusal {
        if (date == null && text != null) {
            throw new Refusal(field + " must be an ISO date such as 2020-03-19T00:00:00Z, was \"" + text + "\"");
        }
        return date;
    }

    /** Flow ids as read, tidied; most are already tidy, so the list is usually copied as it is. */
    private static List<String> ids(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            String tidy = Texts.id(id);
            if (tidy != null) {
                out.add(tidy);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The note of the flow's event: {@code FTS flow 214492 version 3: paid, Standard, incoming, new money}.
     *
     * @param sb where to write it, emptied first: the assembly reuses one for every flow
     */
    String note(StringBuilder sb) {
        sb.setLength(0);
        sb.append("FTS flow ").append(id);
        if (versionId > 0) {
            sb.append(" version ").append(versionId);
        }
        sb.append(": ").append(status);
        if (flowType != null) {
            sb.append(", ").append(flowType);
        }
        if (boundary != null) {
            sb.append(", ").append(boundary);
        }
        if (newMoney != null) {
            sb.append(newMoney ? ", new money" : ", not new money");
        }
        if (decisionDate != null) {
            Days.appendIso(sb.append(", decided "), decisionDate);
        }
        return sb.toString();
    }

    // the nullable fields themselves, for the counting rule and the assembly, which read them for every flow of
    // an input: the public accessors make an Optional on each call

    String boundaryText() {
        return boundary;
    }

    String onBoundaryText() {
        return onBoundary;
    }

    Boolean newMoneyValue() {
        return newMoney;
    }

    String descriptionText() {
        return description;
    }

    String parentId() {
        return parentFlowId;
    }

    BigDecimal exchangeRateNumber() {
        return exchangeRate;
    }

    String exclusionText() {
        return exclusion;
    }

    /** The day the fact became known: FTS's first report, else the record's creation, else the flow's date. */
    LocalDate firstKnown() {
        return firstReportedDate != null ? firstReportedDate : createdOn != null ? createdOn : date;
    }

    /** The day of the record as read: its last update, else its creation, else the flow's date. */
    LocalDate lastUpdated() {
        return updatedOn != null ? updatedOn : createdOn != null ? createdOn : date;
    }

    /** A copy with what the reader decided. */
    FtsFlow decided(String exclusion, Pledge pledge) {
        return new FtsFlow(this, exclusion, pledge);
    }

    /**
     * FTS's id of the flow.
     *
     * @return the id, such as {@code "214492"}
     */
    public String id() {
        return id;
    }

    /**
     * FTS's version of the flow record; a flow read twice keeps its highest version.
     *
     * @return the version, 0 when FTS states none
     */
    public int versionId() {
        return versionId;
    }

    /**
     * The page the flow was read from, counted from 1 in the order pages were added.
     *
     * @return the page
     */
    public int page() {
        return page;
    }

    /** The flow's place in its page's flows array, from 1. */
    int position() {
        return position;
    }

    /**
     * FTS's status: {@code pledge}, {@code commitment} or {@code paid}.
     *
     * @return the status
     */
    public String status() {
        return status;
    }

    /**
     * The stage of the status: {@code pledge} is {@link Stage#ANNOUNCED}, {@code commitment}
     * {@link Stage#COMMITTED}, {@code paid} {@link Stage#DISBURSED}.
     *
     * @return the stage
     */
    public Stage stage() {
        return stage;
    }

    /**
     * FTS's flow type, such as {@code Standard}, {@code Parked}, {@code Pass through} or {@code Carryover}.
     *
     * @return the flow type, if stated
     */
    public Optional<String> flowType() {
        return Optional.ofNullable(flowType);
    }

    /**
     * Where the flow lies against the boundary of the query that returned it: {@code incoming}, {@code internal} or
     * {@code outgoing}.
     *
     * @return the boundary, if stated
     */
    public Optional<String> boundary() {
        return Optional.ofNullable(boundary);
    }

    /**
     * How the flow lies on the boundary: {@code single} (wholly), or {@code shared} with objects outside it (such as
     * several usage years).
     *
     * @return FTS's onBoundary, if stated
     */
    public Optional<String> onBoundary() {
        return Optional.ofNullable(onBoundary);
    }

    /**
     * Whether FTS counts the flow as new money: false for money already counted on its way in, such as a pooled
     * fund's allocation or a carry-over.
     *
     * @return FTS's newMoney, if stated
     */
    public Optional<Boolean> newMoney() {
        return Optional.ofNullable(newMoney);
    }

    /**
     * Whether the contribution is in kind (FTS contributionType {@code "in kind"}) rather than financial.
     *
     * @return true for goods and services
     */
    public boolean isInKind() {
        return inKind;
    }

    /**
     * The date of the status: when the pledge was made, the commitment signed or the money paid.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * FTS's decision date: when the donor decided the contribution.
     *
     * @return the decision date, if stated
     */
    public Optional<LocalDate> decisionDate() {
        return Optional.ofNullable(decisionDate);
    }

    /**
     * When the flow was first reported to FTS.
     *
     * @return the first-reported date, if stated
     */
    public Optional<LocalDate> firstReportedDate() {
        return Optional.ofNullable(firstReportedDate);
    }

    /**
     * The calendar date (UTC) FTS created the record.
     *
     * @return the creation date, if stated
     */
    public Optional<LocalDate> createdOn() {
        return Optional.ofNullable(createdOn);
    }

    /**
     * The calendar date (UTC) of the record's last change, the version read.
     *
     * @return the update date, if stated
     */
    public Optional<LocalDate> updatedOn() {
        return Optional.ofNullable(updatedOn);
    }

    /**
     * FTS's description of the flow, tidied: tabs and non-breaking spaces become spaces, line breaks {@code \n},
     * invisible characters at the ends go.
     *
     * @return the description, if not blank
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * The reporting organization's own reference, such as a grant number.
     *
     * @return the reference code, if stated
     */
    public Optional<String> refCode() {
        return Optional.ofNullable(refCode);
    }

    /**
     * The amount pledgebook counts, exactly: the original amount in its own currency when FTS states one (a positive
     * {@code originalAmount} with its {@code originalCurrency}), else {@code amountUSD} in USD.
     *
     * @return the amount, empty when FTS states no positive amount
     */
    public Optional<MonetaryAmount> amount() {
        BigDecimal n = amountNumber();
        return n == null ? Optional.empty() : Optional.of(Amounts.of(n, amountCurrency()));
    }

    /** The number of {@link #amount()}, or null: the original amount's if positive, else a positive USD amount. */
    BigDecimal amountNumber() {
        return originalNumber != null ? originalNumber : usdNumber != null && usdNumber.signum() > 0 ? usdNumber : null;
    }

    /** The currency of {@link #amount()}, or null. */
    CurrencyUnit amountCurrency() {
        return amountNumber() == null ? null : originalNumber != null ? originalCurrency : USD;
    }

    /** The original amount's currency, or null when FTS states no positive original amount. */
    CurrencyUnit originalCurrency() {
        return originalCurrency;
    }

    /**
     * The original amount in its own currency, when FTS states one; FTS writes 0 where it has none, and this is then
     * empty.
     *
     * @return the original amount, if positive
     */
    public Optional<MonetaryAmount> originalAmount() {
        return originalNumber == null ? Optional.empty() : Optional.of(Amounts.of(originalNumber, originalCurrency));
    }

    /**
     * FTS's own USD amount, as FTS stated it (for flows in another currency, FTS's conversion).
     *
     * @return the USD amount, if stated, possibly zero
     */
    public Optional<MonetaryAmount> amountUsd() {
        return usdNumber == null ? Optional.empty() : Optional.of(Amounts.of(usdNumber, USD));
    }

    /**
     * FTS's exchange rate, as FTS stated it: units of the original currency per 1 USD.
     *
     * @return the rate, if stated and positive
     */
    public Optional<BigDecimal> exchangeRate() {
        return Optional.ofNullable(exchangeRate);
    }

    /**
     * The id of the flow this one was split from or passed on from.
     *
     * @return the parent's id, if any
     */
    public Optional<String> parentFlowId() {
        return Optional.ofNullable(parentFlowId);
    }

    /**
     * The ids of the flows split from or passed on from this one.
     *
     * @return the children's ids, unmodifiable, possibly empty
     */
    public List<String> childFlowIds() {
        return childFlowIds;
    }

    /**
     * FTS's source objects: the donor organization, its location, usage years, ...
     *
     * @return the source objects, unmodifiable
     */
    public List<FtsObject> sources() {
        return sources;
    }

    /**
     * FTS's destination objects: the recipient organization, plan, emergency, location, clusters, project, ...
     *
     * @return the destination objects, unmodifiable
     */
    public List<FtsObject> destinations() {
        return destinations;
    }

    /**
     * The ids of the destination objects of one type, such as the plans ({@code "Plan"}) a flow funds.
     *
     * @param type an FTS object type
     * @return the ids in FTS's order, possibly empty
     */
    public List<String> destinationIds(String type) {
        return ids(destinations, type);
    }

    /**
     * The ids of the source objects of one type.
     *
     * @param type an FTS object type
     * @return the ids in FTS's order, possibly empty
     */
    public List<String> sourceIds(String type) {
        return ids(sources, type);
    }

    /**
     * The ids of the response plans the flow funds (destination {@code Plan} objects), for grouping by plan.
     *
     * @return the plan ids, possibly empty
     */
    public List<String> planIds() {
        return destinationIds("Plan");
    }

    /**
     * The ids of the emergencies the flow funds (destination {@code Emergency} objects), for grouping by
     * emergency.
     *
     * @return the emergency ids, possibly empty
     */
    public List<String> emergencyIds() {
        return destinationIds("Emergency");
    }

    private static List<String> ids(List<FtsObject> objects, String type) {
        List<String> out = new ArrayList<>(2);
        for (FtsObject o : objects) {
            if (o.type().equals(type)) {
                out.add(o.id());
            }
        }
        return out;
    }

    /** The first object of a type on one side, or null. */
    static FtsObject first(List<FtsObject> objects, String type) {
        for (int i = 0, n = objects.size(); i < n; i++) {
            FtsObject o = objects.get(i);
            if (o.type().equals(type)) {
                return o;
            }
        }
        return null;
    }

    /**
     * Whether the flow counts in the book's totals: it is in the book and not excluded.
     *
     * @return true if counted
     */
    public boolean isCounted() {
        return exclusion == null && pledge != null;
    }

    /**
     * Why the flow is left out of the book's totals, such as "parent of flows 215617, 216006 in this input: counted
     * through its children".
     *
     * @return the reason, empty for a counted flow
     */
    public Optional<String> exclusion() {
        return Optional.ofNullable(exclusion);
    }

    /**
     * The pledge the book holds for this flow: counted, or reported apart as a re-grant when excluded. Empty for a
     * flow without any amount or goods to record, and for a flow superseded by a later version.
     *
     * @return the pledge, if any
     */
    public Optional<Pledge> pledge() {
        return Optional.ofNullable(pledge);
    }

    /**
     * One line: id, status, type, amount and what became of it, such as
     * {@code FtsFlow[214492 paid Standard USD 117,853 2020-03-19, counted]}.
     *
     * @return the readable form
     */
    @Override
    public String toString() {
        return "FtsFlow[" + id + " " + status + (flowType == null ? "" : " " + flowType) + " "
                + (amountNumber() == null ? (isInKind() ? "in kind" : "no amount") : Amounts.format(amount().get())) + " " + date
                + ", " + (exclusion != null ? "excluded: " + exclusion : pledge != null ? "counted" : "not in the book")
                + "]";
    }
}
