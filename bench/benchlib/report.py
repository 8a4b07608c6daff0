"""The Markdown report: machine and versions, then each figure as median (min–max) over rounds."""
from . import phases
from .stats import cell, fmt, median, ratios, values

R1 = phases.ROUTES[0][0]
SYSTEMS = ("sandbox", "sandbox (C2)", "WireMock", "Prism", "ceiling")


def _scale_medians(rounds):
    sizes = sorted({int(n) for r in rounds for n in r.get("scale", {})})
    metrics = ["start_s", "first_answer_s", "page_p50_ms", "heap_mb", "rss_mb", "sync_ms", "batch_ms"]
    return {n: {m: median(values(rounds, "scale", str(n), m)) for m in metrics} for n in sizes}


def _target_figures(rounds):
    """The measured figure of each target, in TARGETS' order (None where not measured)."""
    tp = ("throughput",)
    rps = ratios(rounds, tp + ("sandbox", "routes", R1, "rps"), tp + ("WireMock", "routes", R1, "rps"))
    ceil = ratios(rounds, tp + ("sandbox", "routes", R1, "rps"), tp + ("ceiling", "routes", R1, "rps"))
    p99 = ratios(rounds, tp + ("sandbox", "routes", R1, "p99"), tp + ("ceiling", "routes", R1, "p99"))
    start = ratios(rounds, tp + ("sandbox", "start_s"), tp + ("WireMock", "start_s"))
    sc = _scale_medians(rounds)
    big, small = sc.get(100000, {}), sc.get(1000, {})
    page = (big["page_p50_ms"] / small["page_p50_ms"]) if big.get("page_p50_ms") and small.get("page_p50_ms") else None
    syncs = [v["sync_ms"] for v in sc.values() if v.get("sync_ms")]
    batches = [v["batch_ms"] for v in sc.values() if v.get("batch_ms")]
    return [median(rps), median(ceil), median(p99), median(start),
            median(values(rounds, "throughput", "sandbox", "start_s")), big.get("start_s"), page,
            big.get("heap_mb"), big.get("rss_mb"), max(syncs) if syncs else None,
            max(batches) if batches else None, median(values(rounds, "suite", "wall_s"))]


TARGETS = [
    ("`/odoo/orders?limit=1` req/s ≥ 3× WireMock's", 3, "≥", "×"),
    ("… ≥ 50 % of the JDK ceiling's req/s", 0.5, "≥", "×"),
    ("… p99 ≤ 2× the ceiling's", 2, "≤", "×"),
    ("start to first 200 ≤ 0.5× WireMock's (default data)", 0.5, "≤", "×"),
    ("start to first 200 ≤ 1.0 s on an idle machine (default data)", 1.0, "≤", " s"),
    ("start to first 200 ≤ 3 s with 100k orders", 3.0, "≤", " s"),
    ("filtered page p50 at 100k ≤ 2× at 1k", 2, "≤", "×"),
    ("heap after full GC at 100k ≤ 512 MB", 512, "≤", " MB"),
    ("RSS at 100k ≤ 1 GB", 1024, "≤", " MB"),
    ("`/odoo/inventory` sync of 10k SKUs < 250 ms (slowest size)", 250, "<", " ms"),
    ("batch-update of 10k SKUs < 250 ms (slowest size)", 250, "<", " ms"),
    ("full conformance suite < 60 s", 60, "<", " s"),
]


def _targets(rounds, baseline=None):
    after = _target_figures(rounds)
    before = _target_figures(baseline) if baseline else [None] * len(TARGETS)
    lines = ["| target | measured (median) | met |" + (" before |" if baseline else ""),
             "|---|---|---|" + ("---|" if baseline else "")]
    for (name, bound, op, unit), got, was in zip(TARGETS, after, before):
        tail = (f" {fmt(was, 2)}{unit if was is not None else ''} |" if baseline else "")
        if got is None:
            lines.append(f"| {name} | not measured | – |" + tail)
            continue
        ok = got >= bound if op == "≥" else got <= bound if op == "≤" else got < bound
        lines.append(f"| {name} | {fmt(got, 2)}{unit} | {'yes' if ok else '**no**'} |" + tail)
    return lines


def _throughput(rounds, baseline):
    lines = ["| route | system | body bytes | req/s | p50 ms | p99 ms | server CPU µs/req | req/s vs ceiling |"
             + (" before: req/s | before: p99 ms |" if baseline else ""),
             "|---|---|---|---|---|---|---|---|" + ("---|---|" if baseline else "")]
    for label, _ in phases.ROUTES:
        for system in SYSTEMS:
            base = ("throughput", system, "routes", label)
            if not values(rounds, *base, "rps"):
                continue
            vs = ratios(rounds, base + ("rps",), ("throughput", "ceiling", "routes", label, "rps"))
            row = (f"| {label} | {system if system != 'ceiling' else 'JDK HttpServer (ceiling)'} "
                   f"| {fmt(median(values(rounds, *base, 'bytes')))} | {cell(values(rounds, *base, 'rps'))} "
                   f"| {cell(values(rounds, *base, 'p50'), 1)} | {cell(values(rounds, *base, 'p99'), 1)} "
                   f"| {cell(values(rounds, *base, 'cpu_us_per_req'))} "
                   f"| {'–' if system == 'ceiling' else cell(vs, 2, '×')} |")
            if baseline:
                row += (f" {cell(values(baseline, *base, 'rps'))} | {cell(values(baseline, *base, 'p99'), 1)} |")
            lines.append(row)
    return lines


def _starts(rounds, baseline):
    lines = ["| system | start to first 200 (s) | RSS after the load (MB) |" + (" before (s) |" if baseline else ""),
             "|---|---|---|" + ("---|" if baseline else "")]
    for system in SYSTEMS:
        row = (f"| {system if system != 'ceiling' else 'JDK HttpServer'} "
               f"| {cell(values(rounds, 'throughput', system, 'start_s'), 2)} "
               f"| {cell(values(rounds, 'throughput', system, 'rss_mb'))} |")
        if baseline:
            row += f" {cell(values(baseline, 'throughput', system, 'start_s'), 2)} |"
        lines.append(row)
    return lines


def _scale(rounds, baseline):
    head = ("| orders | start (s) | first list answered (s) | filtered page p50 (ms) | heap after full GC (MB) "
            "| RSS (MB) | sync 10k SKUs (ms) | batch-update 10k (ms) |")
    lines = [head, "|---|---|---|---|---|---|---|---|"]
    metrics = [("start_s", 2), ("first_answer_s", 2), ("page_p50_ms", 1), ("heap_mb", 0), ("rss_mb", 0),
               ("sync_ms", 0), ("batch_ms", 0)]
    for run, name in ((rounds, None), (baseline, "before")):
        if not run:
            continue
        for n in sorted({int(k) for r in run for k in r.get("scale", {})}):
            cells = [cell(values(run, "scale", str(n), m), d) for m, d in metrics]
            lines.append(f"| {n:,}{' (' + name + ')' if name else ''} | " + " | ".join(cells) + " |")
    return lines


def markdown(meta, rounds, baseline=None, baseline_meta=None):
    out = ["# Sandbox benchmark", "",
           f"{meta['date']} · commit `{meta['commit']}` · {len(rounds)} interleaved rounds · "
           f"wrk -t2 -c32, {meta['warmup']} s warm-up then {meta['duration']} s per route · "
           "figures are medians over the rounds with (min–max)", "",
           "## Machine and versions", "", "| | |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in meta["machine"].items()]
    out += ["", "## Targets", ""] + _targets(rounds, baseline)
    if baseline:
        out += ["", f"Baseline (\"before\" columns): commit `{baseline_meta['commit']}`, {baseline_meta['date']}, "
                f"load average {baseline_meta['machine'].get('load average seen (1 min)', '?')}."]
    out += ["", "## Start, default data", ""] + _starts(rounds, baseline)
    out += ["", "## Throughput, 32 connections", "",
            "The sandbox answers with the README's command and its logging as shipped (\"sandbox (C2)\": the same without `-XX:TieredStopAtLevel=1`); WireMock serves our "
            "`stubs/` (no request journal), Prism mocks our spec (`-v error`), the JDK HttpServer returns the "
            "sandbox's own answer of each route as fixed bytes (the practical ceiling). Ratios are per round.", ""]
    out += _throughput(rounds, baseline)
    out += ["", "## Scale", "",
            "`--data` state documents of N orders (the default customers and catalogue); page = "
            "`GET /odoo/orders?status=pending&limit=50`, p50 of 20 calls on one connection after 5; "
            "sync = `POST /odoo/inventory` of 10,000 new SKUs (after one untimed sync of 1,000 others, so that the first compile of the route is not counted), then a batch-update of the same 10,000.", ""]
    out += _scale(rounds, baseline)
    if rounds and any(r.get("scale") for r in rounds):
        out += ["", "![Filtered-page latency, heap and RSS against the number of orders](chart.svg)"]
    suite = values(rounds, "suite", "wall_s")
    out += ["", "## Conformance suite against the sandbox", "",
            f"Wall time {cell(suite, 1, ' s')}"
            + (f" (before: {cell(values(baseline, 'suite', 'wall_s'), 1, ' s')})" if baseline else "")
            + f"; CPU of the sandbox {cell(values(rounds, 'suite', 'sandbox_cpu_s'), 1, ' s')}, of the suite's own JVM "
            f"{cell(values(rounds, 'suite', 'suite_cpu_s'), 1, ' s')}; verdict: "
            f"{(values(rounds, 'suite', 'verdict') or ['–'])[0]}."]
    loads = [r.get("load_before") for r in rounds]
    out += ["", "## Load seen", "", "1-minute load average before each round: "
            + ", ".join(fmt(x, 2) for x in loads) + f" (on {meta['cores']} cores)."]
    return "\n".join(out) + "\n"
