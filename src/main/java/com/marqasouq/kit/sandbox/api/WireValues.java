package com.marqasouq.kit.sandbox.api;

import java.util.Locale;

/**
 * The values the sandbox writes for its outcome statuses. The contract leaves these lists open in
 * answers (D25), so nothing generated checks them any more: the sandbox's own enums spell the
 * documented values (D12, D14), written in lower case.
 */
final class WireValues {
    private WireValues() {}

    static String of(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
