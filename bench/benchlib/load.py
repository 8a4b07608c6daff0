"""Load with wrk: throughput, latency percentiles and the server's CPU per request."""
import os
import re
import subprocess

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text):
    m = re.match(r"([\d.]+)(us|ms|s)", text)
    return float(m.group(1)) * UNITS[m.group(2)]


def parse(output):
    """Requests, req/s, p50 and p99 (ms) and non-2xx count from `wrk --latency` output."""
    result = {"non2xx": 0, "errors": 0}
    for line in output.splitlines():
        line = line.strip()
        m = re.match(r"(\d+) requests in", line)
        if m:
            result["requests"] = int(m.group(1))
        m = re.match(r"Requests/sec:\s+([\d.]+)", line)
        if m:
            result["rps"] = float(m.group(1))
        m = re.match(r"(50|99)(?:\.0+)?%\s+(\S+)", line)
        if m:
            result["p" + m.group(1)] = _ms(m.group(2))
        m = re.match(r"Non-2xx or 3xx responses:\s+(\d+)", line)
        if m:
            result["non2xx"] = int(m.group(1))
        m = re.match(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", line)
        if m:
            result["errors"] = sum(int(g) for g in m.groups())
    missing = {"requests", "rps", "p50", "p99"} - result.keys()
    if missing:
        raise RuntimeError("wrk printed no " + ", ".join(sorted(missing)) + ":\n" + output)
    return result


def wrk(server, path, seconds, connections=32, threads=2, headers=None, script=None, env=None):
    """One bounded wrk run against server; adds the server's CPU per request (µs) and its CPU use (%)."""
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "5s"]
    for name, value in (headers or {}).items():
        argv += ["-H", f"{name}: {value}"]
    if script:
        argv += ["-s", script]
    argv.append(f"http://127.0.0.1:{server.port}{path}")
    cpu_before = server.cpu_seconds()
    done = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60,
                          env={**os.environ, **(env or {})})
    cpu = server.cpu_seconds() - cpu_before
    if done.returncode != 0:
        raise RuntimeError("wrk failed: " + done.stderr + done.stdout)
    result = parse(done.stdout)
    result["cpu_us_per_req"] = cpu / max(result["requests"], 1) * 1e6
    result["cpu_pct"] = cpu / seconds * 100
    return result
