package com.marqasouq.kit.conformance.defects;

/**
 * A deliberate fault of an implementation, injected by the proxy in front of the sandbox. Each
 * hook has a no-op default, so a defect overrides only what it breaks.
 */
interface Defect {
    /** A short name, e.g. "orders-status-filter-ignored". */
    String name();

    /** What kind of fault: filters, paging, stock, transitions, auth, errors, schema, webhooks. */
    String area();

    /** A Cucumber tag expression for the scenarios that could notice it (keeps each run short). */
    String scope();

    /** An answer the faulty implementation gives without doing the work; null forwards the request. */
    default ProxyResponse answerInstead(ProxyRequest request) {
        return null;
    }

    default ProxyRequest onRequest(ProxyRequest request) {
        return request;
    }

    default ProxyResponse onResponse(ProxyRequest request, ProxyResponse response) {
        return response;
    }

    /** A webhook the sandbox sends to the suite's receiver; null drops it. */
    default ProxyRequest onWebhook(ProxyRequest webhook, String secret) {
        return webhook;
    }
}
