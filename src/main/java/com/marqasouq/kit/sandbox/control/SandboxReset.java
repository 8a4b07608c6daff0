package com.marqasouq.kit.sandbox.control;

/**
 * Puts the running sandbox back to its start data, real time, no faults and no recent requests
 * or deliveries (D21). The sandbox that wires the controls provides it, so the controls need not
 * know the class that runs them.
 */
@FunctionalInterface
public interface SandboxReset {
    void reset();
}
