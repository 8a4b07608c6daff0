package com.marqasouq.kit.sandbox.junit;

import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.client.SandboxControls;
import com.marqasouq.kit.sandbox.embedded.LocalSandbox;
import java.net.URI;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A fresh sandbox for a JUnit 5 test class on a free port:
 *
 * <pre>{@code
 * @RegisterExtension
 * static SandboxExtension sandbox = SandboxExtension.perClass();
 * }</pre>
 *
 * {@link #perClass()} starts one for the class (its tests share its state; add
 * {@link #resetBeforeEachTest()} to give each test the start data again), {@link #perTest()} one
 * for each test. {@code @ExtendWith(SandboxExtension.class)} is {@code perClass()}. Test and
 * lifecycle methods can take a {@link LocalSandbox} or {@link SandboxControls} parameter.
 */
public final class SandboxExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    private final boolean perTest;
    private final boolean reset;
    private final UnaryOperator<SandboxConfig.Builder> settings;
    private volatile LocalSandbox sandbox;
    private volatile boolean startedForTest;

    /** One sandbox for the class, as {@link #perClass()}: for {@code @ExtendWith(SandboxExtension.class)}. */
    public SandboxExtension() {
        this(false, false, UnaryOperator.identity());
    }

    private SandboxExtension(boolean perTest, boolean reset, UnaryOperator<SandboxConfig.Builder> settings) {
        this.perTest = perTest;
        this.reset = reset;
        this.settings = settings;
    }

    public static SandboxExtension perClass() {
        return new SandboxExtension(false, false, UnaryOperator.identity());
    }

    public static SandboxExtension perTest() {
        return new SandboxExtension(true, false, UnaryOperator.identity());
    }

    /** The sandbox's settings, as for {@link LocalSandbox#start(UnaryOperator)}. */
    public SandboxExtension with(UnaryOperator<SandboxConfig.Builder> sandboxSettings) {
        return new SandboxExtension(perTest, reset, sandboxSettings);
    }

    /** With {@link #perClass()}: the start data, real time and no faults again before each test. */
    public SandboxExtension resetBeforeEachTest() {
        return new SandboxExtension(perTest, true, settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!perTest) {
            sandbox = LocalSandbox.start(settings);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (perTest || sandbox == null) {
            // per test, or registered on an instance field, where the class callbacks never run
            sandbox = LocalSandbox.start(settings);
            startedForTest = true;
        } else if (reset) {
            sandbox.controls().reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (startedForTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    private void stop() {
        LocalSandbox running = sandbox;
        sandbox = null;
        startedForTest = false;
        if (running != null) {
            running.close();
        }
    }

    /** The running sandbox; between {@code beforeAll}/{@code beforeEach} and the end of the class/test. */
    public LocalSandbox sandbox() {
        LocalSandbox running = sandbox;
        if (running == null) {
            throw new IllegalStateException(
                    "The sandbox runs only while the test class (perClass) or test (perTest) runs");
        }
        return running;
    }

    public URI baseUrl() {
        return sandbox().baseUrl();
    }

    public SandboxControls controls() {
        return sandbox().controls();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalSandbox.class || type == SandboxControls.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalSandbox.class ? sandbox() : controls();
    }
}
