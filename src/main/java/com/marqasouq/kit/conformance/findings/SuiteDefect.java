package com.marqasouq.kit.conformance.findings;

/**
 * The suite itself did something it must not: a {@code @readonly} scenario tried to write, or a
 * request the suite built breaks the contract. Reported apart from the target's findings.
 */
public final class SuiteDefect extends AssertionError {
    public SuiteDefect(String message) {
        super("suite defect: " + message, null);
        setStackTrace(new StackTraceElement[0]);
    }
}
