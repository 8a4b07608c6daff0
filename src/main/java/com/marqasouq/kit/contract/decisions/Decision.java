package com.marqasouq.kit.contract.decisions;

/** One decision of the decisions page: {@code D19}, its title and the anchor of its heading. */
public record Decision(String id, String title, String anchor) {}
