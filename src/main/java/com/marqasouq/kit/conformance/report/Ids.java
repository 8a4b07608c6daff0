package com.marqasouq.kit.conformance.report;

import java.util.regex.Pattern;

/** Takes run-specific values (ids, run ids) out of texts, so that one cause reads the same in every scenario. */
final class Ids {
    private static final Pattern ID = Pattern.compile("\\b([a-z]+)_[A-Za-z0-9]{10,}\\b");
    private static final Pattern RUN_ID = Pattern.compile("(?i)ct\\d{8}t[a-z0-9]+(-\\d+)?");

    private Ids() {}

    static String generic(String text) {
        if (text == null) {
            return "";
        }
        return ID.matcher(RUN_ID.matcher(text).replaceAll("…")).replaceAll("$1_…");
    }
}
