package com.marqasouq.kit.conformance.report;

import com.marqasouq.kit.conformance.findings.ScenarioEvidence;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Cucumber plugin that keeps each scenario's result, its first failing step (as written and as
 * its step definition's pattern) and the error, keyed by feature URI and line; the scenario
 * hooks add what the scenario saw of the target. Cucumber instantiates plugins itself, so the
 * runner reads the results through static accessors.
 */
public final class RunResults implements ConcurrentEventListener {
    /** One finished scenario. */
    public record Finished(Status status, String failingStep, String failingPattern, Throwable error) {}

    private record FailingStep(String text, String pattern) {}

    private static final Map<String, Finished> FINISHED = new ConcurrentHashMap<>();
    private static final Map<String, FailingStep> FAILING_STEPS = new ConcurrentHashMap<>();
    private static final Map<String, ScenarioEvidence> EVIDENCE = new ConcurrentHashMap<>();
    private static volatile boolean mustFailed;

    public static void reset() {
        FINISHED.clear();
        FAILING_STEPS.clear();
        EVIDENCE.clear();
        mustFailed = false;
    }

    /** True once a MUST scenario failed: a fail-fast run skips the rest (a SHOULD failure does not stop it). */
    public static boolean mustFailed() {
        return mustFailed;
    }

    public static Map<String, Finished> finished() {
        return Map.copyOf(FINISHED);
    }

    public static Map<String, ScenarioEvidence> evidence() {
        return Map.copyOf(EVIDENCE);
    }

    /** Called by the scenario hooks with what the scenario saw of the target. */
    public static void recordEvidence(String key, ScenarioEvidence evidence) {
        EVIDENCE.put(key, evidence);
    }

    public static String key(java.net.URI uri, int line) {
        return normalize(uri.toString()) + ":" + line;
    }

    /** Cucumber writes classpath URIs as classpath:features/..., with or without a slash. */
    static String normalize(String uri) {
        return uri.replace("classpath:/", "classpath:");
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, event -> {
            if (event.getResult().getStatus() == Status.FAILED
                    && event.getTestStep() instanceof PickleStepTestStep step) {
                FAILING_STEPS.putIfAbsent(
                        key(
                                event.getTestCase().getUri(),
                                event.getTestCase().getLocation().getLine()),
                        new FailingStep(
                                step.getStep().getKeyword() + step.getStep().getText(), step.getPattern()));
            }
        });
        publisher.registerHandlerFor(TestCaseFinished.class, event -> {
            String key = key(
                    event.getTestCase().getUri(),
                    event.getTestCase().getLocation().getLine());
            Status status = event.getResult().getStatus();
            if ((status == Status.FAILED || status == Status.UNDEFINED)
                    && !event.getTestCase().getTags().contains("@should")) {
                mustFailed = true;
            }
            FailingStep step = FAILING_STEPS.get(key);
            FINISHED.put(
                    key,
                    new Finished(
                            status,
                            step == null ? null : step.text(),
                            step == null ? null : step.pattern(),
                            event.getResult().getError()));
        });
    }
}
