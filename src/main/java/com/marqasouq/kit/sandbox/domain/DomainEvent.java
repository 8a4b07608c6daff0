package com.marqasouq.kit.sandbox.domain;

import java.util.Map;

/** A state change that webhooks announce (D20): the event name and its {@code data} payload. */
public record DomainEvent(String event, Map<String, Object> data) {}
