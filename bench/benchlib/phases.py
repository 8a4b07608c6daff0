"""The three measurements of one round: throughput beside the other servers, scale, the suite."""
import json
import os
import resource
import subprocess
import time

from . import load, procs, sandbox_client, systems

GTE = "2026-01-01T00:00:00Z"
ROUTES = [
    ("GET /odoo/orders?limit=1", "/odoo/orders?limit=1"),
    ("GET /odoo/orders?limit=50", "/odoo/orders?limit=50"),
    ("GET /admin/orders?status=pending&created_at[gte]=…", f"/admin/orders?status=pending&created_at%5Bgte%5D={GTE}"),
    ("GET /odoo/inventory?low_stock=true", "/odoo/inventory?low_stock=true"),
    ("POST /admin/inventory/reduce-stock", "/admin/inventory/reduce-stock"),
]
REDUCE = ROUTES[4][1]
PAGE = "/odoo/orders?status=pending&limit=50"
LUA = os.path.abspath("bench/reduce-stock.lua")


def _wrk(server, path, cfg, headers, env=None):
    script = LUA if path == REDUCE else None
    load.wrk(server, path, cfg.warmup, headers=headers, script=script, env=env)
    return load.wrk(server, path, cfg.duration, headers=headers, script=script, env=env)


def _prepare_reductions(port, headers, work):
    """Every SKU gets stock enough for the run; wrk cycles through (order, SKU) pairs."""
    state = sandbox_client.checked(*procs.get(port, "/_sandbox/state", headers), "GET /_sandbox/state")
    skus = [i["sku"] for i in state["inventory_items"]]
    updates = [{"sku": s, "stocked_quantity": 10_000_000} for s in skus]
    sandbox_client.timed_post(port, "/admin/inventory/batch-update", {"updates": updates}, headers)
    pending = [o["id"] for o in state["orders"]]
    files = {"BENCH_ORDERS": pending, "BENCH_SKUS": skus}
    for name, values in files.items():
        with open(os.path.join(work, name.lower() + ".txt"), "w") as f:
            f.write("\n".join(values) + "\n")
    return {name: os.path.join(work, name.lower() + ".txt") for name in files}


def throughput(cfg, rnd, work, bodies):
    """Each system in turn, the order rotating per round; `bodies` keeps the sandbox's answers (the
    ceiling serves them), so round 0 starts with the sandbox. Returns {system: {start_s, routes}}."""
    order = ["sandbox", "sandbox (C2)", "WireMock", "Prism", "ceiling"]
    shift = rnd % len(order)
    return {name: _one_system(name, cfg, rnd, work, bodies) for name in order[shift:] + order[:shift]}


def _one_system(name, cfg, rnd, work, bodies):
    tag = f"r{rnd}"
    if name == "sandbox":
        server = systems.sandbox(work, tag)
    elif name == "sandbox (C2)":
        server = systems.sandbox(work, tag + "-c2", jvm=systems.with_optimising_jit())
    elif name == "WireMock":
        server = systems.wiremock(work, tag)
    elif name == "Prism":
        server = systems.prism(work, tag)
    else:
        server = systems.ceiling(work, tag, bodies)
    with server:
        started = server.start()
        result = {"start_s": started, "routes": {}, "load": procs.load_average()}
        if name == "sandbox":
            headers = sandbox_client.login(server.port)
            env = None
            for label, path in ROUTES:
                if path == REDUCE:
                    # Stock for the whole run, set only now: the low-stock list above sees the real data.
                    env = _prepare_reductions(server.port, headers, work)
                    body = json.dumps({"sku": "SLEEVE", "quantity": 1, "order_id": "order_01ABC123",
                                       "reason": "order_shipped"}).encode()
                    status, answer = procs.send(server.port, "POST", path, body, headers)
                else:
                    status, answer = procs.get(server.port, path, headers)
                sandbox_client.checked(status, answer, label)
                file = os.path.join(work, f"body-{len(bodies)}.json")
                with open(file, "wb") as f:
                    f.write(answer)
                bodies[path] = file
                result["routes"][label] = {**_wrk(server, path, cfg, headers, env), "bytes": len(answer)}
        elif name == "ceiling":
            env = {"BENCH_ORDERS": os.path.join(work, "bench_orders.txt"),
                   "BENCH_SKUS": os.path.join(work, "bench_skus.txt")}
            for label, path in ROUTES:
                result["routes"][label] = {**_wrk(server, path, cfg, {}, env),
                                           "bytes": os.path.getsize(bodies[path])}
        else:
            label, path = ROUTES[0]
            headers = sandbox_client.login(server.port) if name == "sandbox (C2)" else systems.AUTH
            _, answer = procs.get(server.port, path, headers)
            result["routes"][label] = {**_wrk(server, path, cfg, headers), "bytes": len(answer)}
        result["rss_mb"] = server.rss_mb()
        return result


def scale(cfg, rnd, work, documents):
    """Per data size: start, first answer, filtered page p50, heap after full GC, RSS, 10k-SKU sync and batch."""
    out = {}
    for n, path in documents.items():
        extra = () if path is None else ("--data", path)
        server = systems.sandbox(work, f"scale-{n}-r{rnd}", extra)
        with server:
            began = time.monotonic()
            started = server.start(timeout=cfg.start_timeout)
            headers = sandbox_client.login(server.port)
            sandbox_client.checked(*procs.get(server.port, PAGE, headers), "first page")
            first_answer = time.monotonic() - began
            p50, worst = sandbox_client.timed_gets(server.port, PAGE, headers, 20)
            # One smaller sync first, so that the timed ones measure the work, not the first compile.
            sandbox_client.timed_post(server.port, "/odoo/inventory", {
                "items": [{"sku": f"WARM-{rnd}-{i:04d}", "quantity": 1} for i in range(1_000)]}, headers)
            skus = [f"BENCH-{rnd}-{i:05d}" for i in range(10_000)]
            sync = sandbox_client.timed_post(server.port, "/odoo/inventory", {
                "items": [{"sku": s, "quantity": 5, "title": "Benchmark item " + s} for s in skus]}, headers)
            batch = sandbox_client.timed_post(server.port, "/admin/inventory/batch-update", {
                "updates": [{"sku": s, "stocked_quantity": 7} for s in skus]}, headers)
            heap = server.heap_after_full_gc_mb()
            out[n] = {"start_s": started, "first_answer_s": first_answer, "page_p50_ms": p50,
                      "page_max_ms": worst, "heap_mb": heap, "rss_mb": server.rss_mb(), "sync_ms": sync,
                      "batch_ms": batch, "load": procs.load_average()}
    return out


def suite(cfg, rnd, work):
    """The whole conformance suite against a fresh sandbox with the default data: wall time and verdict."""
    server = systems.sandbox(work, f"suite-r{rnd}")
    with server:
        server.start()
        argv = ["java", "-jar", systems.JAR, "conformance", "--base-url", f"http://127.0.0.1:{server.port}",
                "--email", sandbox_client.EMAIL, "--password", sandbox_client.PASSWORD,
                "--reports", os.path.join(work, f"suite-r{rnd}"), "--quiet"]
        began, server_cpu = time.monotonic(), server.cpu_seconds()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(argv, capture_output=True, text=True, timeout=cfg.suite_timeout)
        wall = time.monotonic() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        client_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
        verdict = next((l for l in done.stdout.splitlines() if "CONFORMANT" in l), done.stdout.strip()[:120])
        # Where the time goes: the sandbox's CPU against the suite's own (its JVM, validation, Cucumber).
        return {"wall_s": wall, "exit": done.returncode, "verdict": verdict.strip(), "load": procs.load_average(),
                "sandbox_cpu_s": server.cpu_seconds() - server_cpu, "suite_cpu_s": client_cpu}
