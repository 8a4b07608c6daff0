package com.marqasouq.kit.sandbox.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks the admin bearer tokens: HS256 JWTs with an expiry (D18). Real time, not
 * the sandbox clock, decides expiry (D21). Verification pins HS256, so {@code alg: none} and
 * other algorithms are refused.
 */
public final class TokenService {
    private static final String ISSUER = "marqasouq-sandbox";
    private static final int MAX_REMEMBERED = 10_000;

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Duration ttl;
    private final Clock clock;
    /** Tokens whose signature and claims were checked, with their expiry: later requests check only the expiry. */
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    public TokenService(byte[] secret, Duration ttl, Clock clock) {
        this(Algorithm.HMAC256(secret), null, ttl, clock);
    }

    private TokenService(Algorithm algorithm, JWTVerifier verifier, Duration ttl, Clock clock) {
        this.algorithm = algorithm;
        this.ttl = ttl;
        this.clock = clock;
        this.verifier = verifier != null
                ? verifier
                : JWT.require(algorithm).withIssuer(ISSUER).build();
    }

    /** A fresh random key: tokens of an earlier run are not accepted. */
    public static TokenService withRandomKey(Duration ttl) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new TokenService(secret, ttl, Clock.systemUTC());
    }

    /** The same key and lifetime with another clock: tokens issued in the past, for expiry tests. */
    public TokenService issuedAt(Clock other) {
        return new TokenService(algorithm, verifier, ttl, other);
    }

    public String issue(String subject) {
        Instant now = clock.instant();
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(subject)
                .withClaim("actor_type", "user")
                .withIssuedAt(now)
                .withExpiresAt(now.plus(ttl))
                .sign(algorithm);
    }

    private void remember(String token, Instant expires) {
        if (expires == null) {
            return;
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear(); // a crude bound: clients hold few tokens, and forgetting costs one verification
        }
        verified.put(token, expires);
    }

    /** Null if the token is valid, otherwise why it is not, in words for the 401 message. */
    public String problem(String token) {
        Instant expires = verified.get(token);
        if (expires != null && !Instant.now().isAfter(expires)) {
            return null; // the same bytes were verified with the same key: only time can change the answer
        }
        try {
            DecodedJWT decoded = verifier.verify(token);
            remember(token, decoded.getExpiresAtAsInstant());
            return null;
        } catch (TokenExpiredException e) {
            return "The bearer token has expired; log in again with POST /auth/user/emailpass";
        } catch (JWTDecodeException e) {
            return "The bearer token is malformed; expected a JWT from POST /auth/user/emailpass";
        } catch (JWTVerificationException e) {
            return "The bearer token is not valid (bad signature, algorithm or issuer)";
        }
    }
}
