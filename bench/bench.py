"""The sandbox benchmark (run it through bench/run, which installs the tools): interleaved rounds of
throughput beside WireMock, Prism and a JDK HttpServer, scale at 1k/10k/100k orders and the
conformance suite's wall time; writes reports/bench/report.md, chart.svg and results.json."""
import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import chart, data, phases, procs, report, sandbox_client, systems  # noqa: E402

OUT = "reports/bench"


def options():
    p = argparse.ArgumentParser(prog="bench/run", description=__doc__)
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    p.add_argument("--duration", type=int, default=10, help="seconds of each measured wrk run (default 10)")
    p.add_argument("--warmup", type=int, default=3, help="seconds of wrk warm-up before each (default 3)")
    p.add_argument("--sizes", default="1000,10000,100000", help="order counts of the scale runs")
    p.add_argument("--only", default="throughput,scale,suite", help="which parts to run")
    p.add_argument("--quick", action="store_true", help="1 round, 3 s runs, 1 s warm-up, sizes 1000,10000: a smoke test")
    p.add_argument("--max-load", type=float, default=None,
                   help="1-min load average above which a round waits (default: 0.5 per core)")
    p.add_argument("--wait", type=int, default=300, help="seconds a round waits for the load to drop (default 300)")
    p.add_argument("--refuse-busy", action="store_true", help="stop instead of warning when the machine stays busy")
    p.add_argument("--baseline", help="an earlier results.json to show as 'before' columns")
    p.add_argument("--out", default=OUT, help=f"report folder (default {OUT})")
    a = p.parse_args()
    if a.quick:
        a.rounds, a.duration, a.warmup, a.sizes = 1, 3, 1, "1000,10000"
    a.start_timeout, a.suite_timeout = 300, 900
    a.cores = os.cpu_count()
    a.max_load = a.max_load if a.max_load is not None else 0.5 * a.cores
    return a


def wait_for_quiet(cfg):
    """Waits up to cfg.wait for the load to drop; then warns (or stops with --refuse-busy)."""
    deadline = time.monotonic() + cfg.wait
    load = procs.load_average()
    while load > cfg.max_load and time.monotonic() < deadline:
        print(f"bench: load average {load:.2f} > {cfg.max_load:.2f}; waiting for the machine to quieten", flush=True)
        time.sleep(15)
        load = procs.load_average()
    if load > cfg.max_load:
        message = f"bench: the machine is busy (load average {load:.2f} on {cfg.cores} cores): figures will be noisy"
        if cfg.refuse_busy:
            sys.exit(message + "; stopped (--refuse-busy)")
        print(message, flush=True)
    return load


def tool_version(argv):
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        return (done.stdout + done.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "?"


def machine(cfg, loads):
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
    return {
        "CPU": f"{cpu}, {cfg.cores} cores", "memory": f"{int(mem) // 1024 // 1024} GiB",
        "OS": f"{platform.system()} {platform.release()}",
        "Java": tool_version(["java", "-version"]), "sandbox JVM flags (README)": " ".join(systems.readme_java_flags()),
        "wrk": tool_version(["wrk", "-v"]), "Node": tool_version(["node", "--version"]),
        "WireMock": os.path.basename(os.environ["BENCH_WIREMOCK_JAR"]).removesuffix(".jar"),
        "Prism": tool_version([os.environ["BENCH_PRISM"], "--version"]),
        "load average seen (1 min)": f"{min(loads):.2f}–{max(loads):.2f}",
    }


def default_state(work):
    """The default data's state document, exported by a sandbox (the base of the scale documents)."""
    with systems.sandbox(work, "export") as server:
        server.start()
        headers = sandbox_client.login(server.port)
        return sandbox_client.checked(*procs.get(server.port, "/_sandbox/state", headers), "GET /_sandbox/state")


def main():
    cfg = options()
    parts = set(cfg.only.split(","))
    work = os.path.join("target", "bench-work")
    os.makedirs(work, exist_ok=True)
    os.makedirs(cfg.out, exist_ok=True)
    print(f"bench: {cfg.rounds} rounds; load average now {procs.load_average():.2f} on {cfg.cores} cores", flush=True)
    documents = {}
    if "scale" in parts:
        sizes = [int(s) for s in cfg.sizes.split(",")]
        paths = data.write_documents(default_state(work), sizes, os.path.join("target", "bench-data"))
        documents = {150: None, **paths}
    rounds, bodies = [], {}
    for rnd in range(cfg.rounds):
        result = {"load_before": wait_for_quiet(cfg)}
        print(f"bench: round {rnd + 1}/{cfg.rounds} (load {result['load_before']:.2f})", flush=True)
        if "throughput" in parts:
            result["throughput"] = phases.throughput(cfg, rnd, work, bodies)
        if "scale" in parts:
            result["scale"] = {str(n): v for n, v in phases.scale(cfg, rnd, work, documents).items()}
        if "suite" in parts:
            result["suite"] = phases.suite(cfg, rnd, work)
        rounds.append(result)
        with open(os.path.join(cfg.out, "results.json"), "w") as f:
            json.dump({"rounds": rounds}, f, indent=1)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "src", "pom.xml"], capture_output=True, text=True).stdout
    meta = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "commit": commit + ("+changes" if dirty.strip() else ""), "duration": cfg.duration,
            "warmup": cfg.warmup, "cores": cfg.cores, "machine": machine(cfg, [r["load_before"] for r in rounds])}
    baseline, baseline_meta = None, None
    if cfg.baseline:
        with open(cfg.baseline) as f:
            b = json.load(f)
        baseline, baseline_meta = b["rounds"], b["meta"]
    with open(os.path.join(cfg.out, "results.json"), "w") as f:
        json.dump({"meta": meta, "rounds": rounds}, f, indent=1)
    with open(os.path.join(cfg.out, "report.md"), "w") as f:
        f.write(report.markdown(meta, rounds, baseline, baseline_meta))
    if documents:
        after = report._scale_medians(rounds)
        before = report._scale_medians(baseline) if baseline else None
        with open(os.path.join(cfg.out, "chart.svg"), "w") as f:
            f.write(chart.svg(after, before))
    print(f"bench: wrote {cfg.out}/report.md" + (", chart.svg" if documents else "") + " and results.json")


if __name__ == "__main__":
    main()
