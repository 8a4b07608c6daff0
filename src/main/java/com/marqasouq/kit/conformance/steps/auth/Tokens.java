package com.marqasouq.kit.conformance.steps.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.opentest4j.TestAbortedException;

/**
 * The login's token as the target gives it. Only the scenario that checks D18's JWT looks
 * inside; the others treat it as opaque, so a target with another kind of token fails that one
 * scenario and no other.
 */
final class Tokens {
    private static final Pattern JWT = Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$");

    private Tokens() {}

    static boolean isJwt(String token) {
        return JWT.matcher(token).matches();
    }

    static int parts(String token) {
        return token.split("\\.", -1).length;
    }

    /** The token with one character of its signature changed (for a token that is not a JWT: its last one). */
    static String tampered(String token) {
        int at = isJwt(token) ? token.lastIndexOf('.') + 1 : token.length() - 1;
        char flipped = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + flipped + token.substring(at + 1);
    }

    /** The token's claims under an {@code alg: none} header and no signature; needs a JWT. */
    static String unsigned(String token) {
        if (!isJwt(token)) {
            throw new TestAbortedException("the target's token is not a JWT, so it has no signature to leave out");
        }
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }
}
