package com.marqasouq.kit.contract.diff;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed from one version of the contract to another: every change with its verdict for
 * clients and for implementations, and openapi-diff's own Markdown report of the details.
 */
public record SpecComparison(String oldVersion, String newVersion, List<SpecChange> changes, String details) {

    public boolean breaksClients() {
        return changes.stream().anyMatch(SpecChange::breaksClients);
    }

    public boolean breaksImplementations() {
        return changes.stream().anyMatch(SpecChange::breaksImplementations);
    }

    public boolean unchanged() {
        return changes.isEmpty();
    }

    /** The changes that break clients, implementations or both. */
    public List<SpecChange> breaking() {
        return changes.stream().filter(SpecChange::breaksAnything).toList();
    }

    /** Operations (or webhooks) with at least one change, in order. */
    public Set<String> changedOperations() {
        Set<String> operations = new LinkedHashSet<>();
        changes.forEach(c -> operations.add(c.operation()));
        return operations;
    }
}
