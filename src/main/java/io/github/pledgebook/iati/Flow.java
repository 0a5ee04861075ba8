package io.github.pledgebook.iati;

import io.github.pledgebook.Stage;

/** The IATI 2.0x transaction types pledgebook counts, each with its stage and whether it is money received. */
enum Flow {
    INCOMING_FUNDS("1", "incoming funds", Stage.DISBURSED, true),
    OUTGOING_COMMITMENT("2", "outgoing commitment", Stage.COMMITTED, false),
    DISBURSEMENT("3", "disbursement", Stage.DISBURSED, false),
    EXPENDITURE("4", "expenditure", Stage.DISBURSED, false),
    INCOMING_COMMITMENT("11", "incoming commitment", Stage.COMMITTED, true),
    OUTGOING_PLEDGE("12", "outgoing pledge", Stage.ANNOUNCED, false),
    INCOMING_PLEDGE("13", "incoming pledge", Stage.ANNOUNCED, true);

    final String code;
    final String label;
    final Stage stage;
    final boolean incoming;

    Flow(String code, String label, Stage stage, boolean incoming) {
        this.code = code;
        this.label = label;
        this.stage = stage;
        this.incoming = incoming;
    }

    /** The flow of a code, or null for codes pledgebook does not count. */
    static Flow of(String code) {
        switch (code) {
            case "1": return INCOMING_FUNDS;
            case "2": return OUTGOING_COMMITMENT;
            case "3": return DISBURSEMENT;
            case "4": return EXPENDITURE;
            case "11": return INCOMING_COMMITMENT;
            case "12": return OUTGOING_PLEDGE;
            case "13": return INCOMING_PLEDGE;
            default: return null;
        }
    }

    /** Why a code that {@link #of(String)} does not map is not counted. */
    static String whyNot(String code) {
        switch (code) {
            case "5": return "transaction type 5 (interest payment) is money paid back to the lender, not aid given;"
                    + " not counted";
            case "6": return "transaction type 6 (loan repayment) is money paid back, not aid given; not counted";
            case "7": return "transaction type 7 (reimbursement) repays the implementer's own spending already"
                    + " reported as expenditure; not counted";
            case "8": return "transaction type 8 (purchase of equity) is an investment, not aid given; not counted";
            case "9": return "transaction type 9 (sale of equity) is money returned, not aid given; not counted";
            case "10": return "transaction type 10 (credit guarantee) is a contingent liability, not money given;"
                    + " not counted";
            case "C": case "D": case "E": case "IF": case "IR": case "LR": case "R": case "QP": case "QS":
            case "CG":
                return "transaction type \"" + code + "\" is an IATI 1.0x letter code; this reader reads version 2.0x"
                        + " codes 1 to 13";
            default: return "transaction type \"" + code + "\" is not an IATI 2.0x code (1 to 13)";
        }
    }
}
