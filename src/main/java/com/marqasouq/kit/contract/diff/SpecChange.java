package com.marqasouq.kit.contract.diff;

/**
 * One change between two versions of the contract, as seen from both sides of the API.
 *
 * @param operation {@code GET /odoo/orders}, or {@code webhook order.placed}
 * @param operationId the operation's (or webhook's) {@code operationId}
 * @param webhook the event name for a webhook payload, else {@code null}
 * @param location where in the operation, e.g. {@code response 200 application/json: orders[].email}
 * @param what what changed, e.g. {@code property removed}
 * @param breaksClients whether a client written for the old version can fail against the new one
 * @param breaksImplementations whether an implementation of the old version no longer conforms
 */
public record SpecChange(
        String operation,
        String operationId,
        String webhook,
        String location,
        String what,
        boolean breaksClients,
        boolean breaksImplementations) {

    public boolean breaksAnything() {
        return breaksClients || breaksImplementations;
    }
}
