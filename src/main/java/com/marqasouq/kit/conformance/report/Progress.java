package com.marqasouq.kit.conformance.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;

/**
 * A line per feature while the run goes on, so a CI log never looks hung: the feature, its
 * scenarios passed and failed, and the run so far (done of total, failures, elapsed). Plain
 * text, no terminal control codes. Verbose adds a line per scenario; quiet prints nothing.
 * Cucumber makes plugins itself, so the runner configures this one through {@link #install}.
 */
public final class Progress implements ConcurrentEventListener {
    /** How much the console says while the run goes on. */
    public enum Level {
        QUIET,
        NORMAL,
        VERBOSE
    }

    private static volatile PrintStream out;
    private static volatile Level level = Level.QUIET;
    private static volatile int total;
    private static volatile long startedAt;

    private String feature;
    private int featurePassed;
    private int featureFailed;
    private int featureOther;
    private int done;
    private int failed;

    public static void install(PrintStream stream, Level how, int scenarios) {
        out = stream;
        level = how;
        total = scenarios;
        startedAt = System.nanoTime();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(
                TestCaseStarted.class, e -> started(e.getTestCase().getUri()));
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> flush());
    }

    private synchronized void started(URI uri) {
        String name = featureName(uri);
        if (!name.equals(feature)) {
            flush();
            feature = name;
        }
    }

    private synchronized void finished(TestCaseFinished event) {
        done++;
        Status status = event.getResult().getStatus();
        if (status == Status.PASSED) {
            featurePassed++;
        } else if (status == Status.FAILED || status == Status.UNDEFINED) {
            featureFailed++;
            failed++;
        } else {
            featureOther++;
        }
        if (level == Level.VERBOSE && out != null) {
            out.println("    " + symbol(status) + " " + event.getTestCase().getName());
        }
    }

    private synchronized void flush() {
        if (feature == null || level == Level.QUIET || out == null) {
            feature = null;
            return;
        }
        long seconds = Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
        out.printf(
                "  %-44s %3d passed %3d failed %3d other   [%d/%d done, %d failed, %d:%02d]%n",
                feature, featurePassed, featureFailed, featureOther, done, total, failed, seconds / 60, seconds % 60);
        out.flush();
        feature = null;
        featurePassed = 0;
        featureFailed = 0;
        featureOther = 0;
    }

    private static String featureName(URI uri) {
        String text = uri.toString();
        int features = text.indexOf("features/");
        return features < 0 ? text : text.substring(features + "features/".length());
    }

    private static String symbol(Status status) {
        return switch (status) {
            case PASSED -> "ok  ";
            case FAILED, UNDEFINED -> "FAIL";
            default -> "skip";
        };
    }
}
