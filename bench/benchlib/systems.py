"""The systems under test and how each one starts: the sandbox (the README's command), WireMock on
our stubs, Prism on our spec, and the JDK's HttpServer returning fixed bytes (the ceiling)."""
import os
import re
import shlex

from . import procs

JAR = "target/marqasouq-odoo-kit.jar"
SPEC = "openapi/marqasouq-odoo.yaml"
AUTH = {"Authorization": "Bearer benchmark"}


def readme_java_flags(readme="README.md"):
    """The JVM flags of the README's command that starts the sandbox, so the benchmark runs what users run."""
    with open(readme) as f:
        for line in f:
            m = re.search(r"java (.*?)-jar " + re.escape(JAR) + r" sandbox", line)
            if m:
                return shlex.split(m.group(1))
    raise RuntimeError("README.md has no 'java ... -jar " + JAR + " sandbox' command")


def with_optimising_jit():
    """The README's flags without the one that keeps the JIT to its quick tier: C1 and then C2."""
    return [f for f in readme_java_flags() if not f.startswith("-XX:TieredStopAtLevel")]


def sandbox(log_dir, tag, extra=(), jvm=None):
    port = procs.free_port()
    flags = readme_java_flags() if jvm is None else jvm
    argv = ["java", *flags, "-jar", JAR, "sandbox", "--port", str(port), *extra]
    return procs.Server("sandbox", argv, port, "/health", log=os.path.join(log_dir, f"sandbox-{tag}.log"))


def wiremock(log_dir, tag):
    port = procs.free_port()
    argv = ["java", "-jar", os.environ["BENCH_WIREMOCK_JAR"], "--port", str(port), "--bind-address", procs.HOST,
            "--root-dir", "stubs", "--no-request-journal", "--disable-banner"]
    return procs.Server("WireMock", argv, port, "/odoo/orders?limit=1", AUTH,
                        log=os.path.join(log_dir, f"wiremock-{tag}.log"))


def prism(log_dir, tag):
    port = procs.free_port()
    argv = [os.environ["BENCH_PRISM"], "mock", "-h", procs.HOST, "-p", str(port), "-v", "error", SPEC]
    return procs.Server("Prism", argv, port, "/odoo/orders?limit=1", AUTH,
                        log=os.path.join(log_dir, f"prism-{tag}.log"))


def ceiling(log_dir, tag, bodies):
    """bodies: {request URI: file}; the first also answers any other URI."""
    port = procs.free_port()
    argv = ["java", "-Dsun.net.httpserver.nodelay=true", "-cp", os.environ["BENCH_CLASSES"], "FixedBytesServer",
            str(port), *[f"{uri}={path}" for uri, path in bodies.items()]]
    first = next(iter(bodies))
    return procs.Server("JDK HttpServer", argv, port, first, log=os.path.join(log_dir, f"ceiling-{tag}.log"))
