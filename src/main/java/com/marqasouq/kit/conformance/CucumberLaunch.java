package com.marqasouq.kit.conformance;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import com.marqasouq.kit.conformance.report.FeatureCatalogue;
import com.marqasouq.kit.conformance.report.Progress;
import com.marqasouq.kit.conformance.report.RunResults;
import java.nio.file.Path;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the features shipped in the jar through the JUnit Platform's Cucumber engine, with the
 * reports CI tools read: JUnit XML, Cucumber HTML, JSON and NDJSON messages.
 */
final class CucumberLaunch {
    /** The step classes: Cucumber scans this package and its sub-packages, one per noun. */
    static final String GLUE = "com.marqasouq.kit.conformance.steps";

    private CucumberLaunch() {}

    /** Runs the scenarios; returns failures outside any scenario (engine or hook errors), if any. */
    static java.util.List<String> run(String tagExpression, Path reports) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                // A package selector finds the features in the jar as well as in a directory (tests).
                .selectors(selectPackage(FeatureCatalogue.ROOT))
                .configurationParameter("cucumber.glue", GLUE)
                .configurationParameter(
                        "cucumber.plugin",
                        String.join(
                                ",",
                                RunResults.class.getName(),
                                Progress.class.getName(),
                                "html:" + reports.resolve("cucumber.html"),
                                "json:" + reports.resolve("cucumber.json"),
                                "message:" + reports.resolve("cucumber.ndjson")))
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.snippet-type", "camelcase")
                .configurationParameter("cucumber.execution.parallel.enabled", "false");
        if (!tagExpression.isBlank()) {
            request.configurationParameter("cucumber.filter.tags", tagExpression);
        }
        LauncherDiscoveryRequest discovery = request.build();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(true)
                .enableLauncherSessionListenerAutoRegistration(false)
                .build());
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(discovery, listener);
        TestExecutionSummary summary = listener.getSummary();
        // A failure outside any scenario (the engine itself, a hook) would otherwise go unseen.
        return summary.getFailures().stream()
                .filter(f -> !f.getTestIdentifier().isTest())
                .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
                .toList();
    }
}
