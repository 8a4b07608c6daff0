package com.marqasouq.kit.cli;

/** The exit codes every command shares; a command may add its own (conformance uses 1 and 3). */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    /** Picocli's own code for a bad option, kept for every usage error. */
    static final int USAGE = 2;

    private ExitCodes() {}
}
