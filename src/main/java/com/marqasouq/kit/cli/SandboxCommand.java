package com.marqasouq.kit.cli;

import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import com.marqasouq.kit.sandbox.server.ListenAddress;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sandbox}: serves the API with in-memory data until SIGTERM or Ctrl-C (D21, D22). */
@Command(
        name = "sandbox",
        mixinStandardHelpOptions = true,
        versionProvider = KitVersionProvider.class,
        sortOptions = false,
        description = {
            "Serves the MarqaSouq Odoo API with in-memory data, its controls under /_sandbox/ and Swagger UI at /docs/.",
            "GET /health answers 200 once it is ready. Stops on Ctrl-C (SIGINT) or SIGTERM, saving --state-file first."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "130:stopped with Ctrl-C (SIGINT)",
            "143:stopped with SIGTERM (kill, docker stop)",
            "1:could not start (port in use, bad data or state file)",
            "2:bad options"
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  MARQASOUQ_EMAIL, MARQASOUQ_PASSWORD  the admin (sandbox and suite alike)",
            "  MARQASOUQ_WEBHOOK_SECRET             the webhook secret",
            "  Older names, still read: MARQASOUQ_ADMIN_EMAIL, MARQASOUQ_ADMIN_PASSWORD.",
            "",
            "A sandbox started in the background of a script ('java -jar ... sandbox &') ignores Ctrl-C:"
                    + " stop it with 'kill PID' (SIGTERM)."
        })
public final class SandboxCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("sandbox");
    private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9+/=]+");

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description =
                    "Address to listen on (default: ${DEFAULT-VALUE}), exactly: an IPv4 or IPv6 address ([::1] or ::1) or a host name; 0.0.0.0 lets an Odoo in a container reach it.")
    String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "9000",
            description = "Port to listen on (default: ${DEFAULT-VALUE}); 0 picks a free port.")
    int port;

    @Option(
            names = "--admin-email",
            paramLabel = "EMAIL",
            defaultValue = "${env:MARQASOUQ_EMAIL:-${env:MARQASOUQ_ADMIN_EMAIL:-admin@marqasouq.com}}",
            description = "Admin e-mail for the login (default: admin@marqasouq.com, the public default that"
                    + " the conformance suite also uses; $MARQASOUQ_EMAIL overrides it).")
    String adminEmail;

    @Option(
            names = "--admin-password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:MARQASOUQ_PASSWORD:-${env:MARQASOUQ_ADMIN_PASSWORD:-admin_password}}",
            description = "Admin password (default: admin_password; $MARQASOUQ_PASSWORD overrides it).")
    String adminPassword;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    StartOptions start = new StartOptions();

    /** --data and --empty both say what to start (and reset) from. */
    static final class StartOptions {
        @Option(
                names = "--data",
                paramLabel = "FILE",
                description =
                        "Start from this state document (as GET /_sandbox/state exports it) instead of the default data; reset goes back to it.")
        Path data;

        @Option(
                names = "--empty",
                description =
                        "Start with no data but the default stock location sloc_01ABC (default: the default data).")
        boolean empty;
    }

    @Option(
            names = "--state-file",
            paramLabel = "FILE",
            description =
                    "Load the state from FILE at start if it exists (it wins over --data and --empty, which reset still goes back to), "
                            + "and keep it there: every change is on disk within 100 ms plus one save, webhook queue included "
                            + "(default: none, nothing is kept).")
    Path stateFile;

    @Option(
            names = "--webhook-url",
            paramLabel = "URL",
            description =
                    "Send webhooks to URL; repeat for several targets (default: none; targets can be added with POST /_sandbox/webhooks).")
    List<URI> webhookUrls = new ArrayList<>();

    @Option(
            names = "--webhook-secret",
            paramLabel = "whsec_...",
            defaultValue = "${env:MARQASOUQ_WEBHOOK_SECRET}",
            description =
                    "Secret that signs webhooks (default: $MARQASOUQ_WEBHOOK_SECRET, else a random one printed at start).")
    String webhookSecret;

    @Option(
            names = "--webhook-base-delay",
            paramLabel = "DURATION",
            defaultValue = "1s",
            converter = DurationConverter.class,
            description =
                    "First webhook retry delay, doubled at each attempt (default: ${DEFAULT-VALUE}); e.g. 50ms, 1s, 2m.")
    Duration webhookBaseDelay;

    @Option(
            names = "--token-ttl",
            paramLabel = "DURATION",
            defaultValue = "24h",
            converter = DurationConverter.class,
            description = "Lifetime of admin tokens (default: ${DEFAULT-VALUE}); e.g. 15m, 24h, 7d.")
    Duration tokenTtl;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile SandboxServer server;

    @Override
    public Integer call() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ListenAddress.check(host);
        } catch (IllegalArgumentException e) {
            err.println("sandbox: --host " + e.getMessage());
            return ExitCodes.USAGE;
        }
        SandboxConfig config = config();
        boolean fromStateFile = stateFile != null && Files.exists(stateFile);
        try {
            server = SandboxServer.start(config);
        } catch (BindException e) {
            String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            err.println("sandbox: cannot listen on " + shown + ":" + port + ": " + bindProblem(e));
            return 1;
        } catch (IOException e) {
            err.println("sandbox: " + SandboxOptionChecks.fileContentProblem(e, start.data, stateFile));
            return 1;
        }
        Thread hook = new Thread(this::stop, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.print(SandboxBanner.text(server, config, fromStateFile));
        out.flush();
        LOG.info("ready on {} in {} ms", server.baseUri(), System.currentTimeMillis() - jvmStart);
        awaitStop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook itself stopped us
        }
        return 0;
    }

    /** Stops the server and saves the state file; the shutdown hook calls it on SIGTERM and Ctrl-C. */
    void stop() {
        SandboxServer running = server;
        if (running != null && stopped.getCount() > 0) {
            running.close();
            LOG.info("stopped");
        }
        stopped.countDown();
    }

    SandboxServer server() {
        return server;
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }

    private SandboxConfig config() {
        if (port < 0 || port > 65535) {
            throw usage("--port must be from 0 to 65535, got " + port);
        }
        String problem = SandboxOptionChecks.hostProblem(host);
        if (problem == null && start.data != null) {
            problem = SandboxOptionChecks.dataProblem(start.data);
        }
        if (problem == null && stateFile != null) {
            problem = SandboxOptionChecks.stateFileProblem(stateFile);
        }
        if (problem != null) {
            throw usage(problem);
        }
        String secret = webhookSecret == null || webhookSecret.isBlank() ? randomSecret() : webhookSecret.trim();
        if (!SECRET.matcher(secret).matches()) {
            throw usage(
                    "--webhook-secret must look like whsec_ followed by base64, e.g. whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        }
        if (tokenTtl.isZero() || tokenTtl.isNegative()) {
            throw usage("--token-ttl must be more than zero");
        }
        SandboxConfig.Builder builder = SandboxConfig.builder()
                .host(host)
                .port(port)
                .admin(adminEmail, adminPassword)
                .dataFile(start.data)
                .empty(start.empty)
                .stateFile(stateFile)
                .webhookSecret(secret)
                .webhookBaseDelay(webhookBaseDelay)
                .tokenTtl(tokenTtl);
        for (URI url : webhookUrls) {
            if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw usage("--webhook-url must be an http or https URL, got " + url);
            }
            builder.webhookUrl(url);
        }
        return builder.build();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private String bindProblem(BindException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        if (reason.toLowerCase().contains("in use")) {
            return "the port is already in use; stop the other process or choose another --port";
        }
        return reason + "; check --host";
    }

    /** Standard Webhooks secret: whsec_ and the base64 of 32 random bytes (D20). */
    private static String randomSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
