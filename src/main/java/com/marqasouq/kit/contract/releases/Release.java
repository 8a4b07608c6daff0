package com.marqasouq.kit.contract.releases;

/** One released version of the contract: its version and the spec exactly as it was released. */
public record Release(SemanticVersion version, String yaml) {}
