package com.marqasouq.kit.conformance;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Run ids mark everything a run creates (SKUs, e-mails, handles), so an operator can find and
 * remove it on staging: {@code ct20261125t1712ab}. Lower case letters and digits only, so the
 * id fits SKUs, e-mail local parts and handles alike.
 */
final class RunIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmm");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {}

    static String next() {
        String letters = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder id =
                new StringBuilder("ct").append(LocalDateTime.now(ZoneOffset.UTC).format(STAMP));
        for (int i = 0; i < 4; i++) {
            id.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return id.toString();
    }
}
