package com.marqasouq.kit.conformance.steps.facts;

import com.marqasouq.kit.conformance.findings.Divergence;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Answers;

/**
 * Compares an amount the target answers with one the operator knows in fils (D1). A factor of
 * 1000 is named as what it is: the target counts whole dinars. All such cases share one cause.
 */
final class Amounts {
    private static final int FILS_PER_DINAR = 1000;

    private Amounts() {}

    static void expectFils(ApiResult answer, String what, long actual, long knownFils) {
        if (actual == knownFils) {
            return;
        }
        String detail = what + ": " + actual + " where the operator knows " + knownFils + " fils";
        if (actual * FILS_PER_DINAR == knownFils) {
            throw divergence(answer, "amounts in whole KWD (1 KWD = 1000 fils)", detail);
        }
        if (actual == knownFils * FILS_PER_DINAR) {
            throw divergence(answer, "amounts 1000 times too large", detail);
        }
        throw divergence(answer, "other amounts than the operator knows", detail);
    }

    private static Divergence divergence(ApiResult answer, String actual, String detail) {
        return Answers.differs(answer, "amounts in fils (150.000 KWD = 150000)", actual, detail);
    }
}
