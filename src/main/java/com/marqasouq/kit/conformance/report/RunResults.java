package com.marqasouq.kit.conformance.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Cucumber plugin that keeps each scenario's result, its first failing step and the contract
 * operations it exercised, keyed by feature URI and line. Cucumber instantiates plugins itself,
 * so the runner reads the results through {@link #current()}.
 */
public final class RunResults implements ConcurrentEventListener {
    /** One finished scenario. */
    public record Finished(Status status, String failingStep, String error) {}

    private static final Map<String, Finished> FINISHED = new ConcurrentHashMap<>();
    private static final Map<String, String> FAILING_STEPS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> EXERCISED = new ConcurrentHashMap<>();

    public static void reset() {
        FINISHED.clear();
        mustFailed = false;
        FAILING_STEPS.clear();
        EXERCISED.clear();
    }

    private static volatile boolean mustFailed;

    /** True once a MUST scenario failed: a fail-fast run skips the rest (a SHOULD failure does not stop it). */
    public static boolean mustFailed() {
        return mustFailed;
    }

    public static Map<String, Finished> finished() {
        return Map.copyOf(FINISHED);
    }

    public static Map<String, List<String>> exercised() {
        return Map.copyOf(EXERCISED);
    }

    /** Called by the scenario hooks with the operations the scenario's calls matched. */
    public static void recordExercised(String key, List<String> operations) {
        EXERCISED.put(key, List.copyOf(operations));
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
                        step.getStep().getKeyword() + step.getStep().getText());
            }
        });
        publisher.registerHandlerFor(TestCaseFinished.class, event -> {
            String key = key(
                    event.getTestCase().getUri(),
                    event.getTestCase().getLocation().getLine());
            Throwable error = event.getResult().getError();
            Status status = event.getResult().getStatus();
            if ((status == Status.FAILED || status == Status.UNDEFINED)
                    && !event.getTestCase().getTags().contains("@should")) {
                mustFailed = true;
            }
            FINISHED.put(
                    key,
                    new Finished(
                            event.getResult().getStatus(),
                            FAILING_STEPS.get(key),
                            error == null
                                    ? null
                                    : firstLines(error.getMessage() == null ? error.toString() : error.getMessage())));
        });
    }

    private static String firstLines(String message) {
        String[] lines = message.strip().split("\n");
        StringBuilder out = new StringBuilder(lines[0].strip());
        for (int i = 1; i < Math.min(lines.length, 4); i++) {
            out.append(' ').append(lines[i].strip());
        }
        return com.marqasouq.kit.conformance.http.Redactor.text(out.toString());
    }
}
