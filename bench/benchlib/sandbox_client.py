"""The few sandbox calls the benchmark makes itself: login, state export, timed requests."""
import http.client
import json
import statistics
import time

from . import procs

EMAIL, PASSWORD = "admin@marqasouq.com", "admin_password"


def login(port):
    status, body = procs.send(port, "POST", "/auth/user/emailpass", {"email": EMAIL, "password": PASSWORD})
    if status != 200:
        raise RuntimeError(f"login answered {status}: {body[:200]!r}")
    return {"Authorization": "Bearer " + json.loads(body)["token"]}


def checked(status, body, what):
    if status != 200:
        raise RuntimeError(f"{what} answered {status}: {body[:300]!r}")
    return json.loads(body)


def timed_gets(port, path, headers, count, warmup=5):
    """p50 and max (ms) of `count` GETs on one keep-alive connection, after `warmup` untimed ones."""
    conn = http.client.HTTPConnection(procs.HOST, port, timeout=60)
    samples = []
    try:
        for i in range(warmup + count):
            began = time.perf_counter()
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            body = resp.read()
            elapsed = (time.perf_counter() - began) * 1000
            if resp.status != 200:
                raise RuntimeError(f"GET {path} answered {resp.status}: {body[:200]!r}")
            if i >= warmup:
                samples.append(elapsed)
    finally:
        conn.close()
    return statistics.median(samples), max(samples)


def timed_post(port, path, body, headers):
    data = json.dumps(body).encode()
    began = time.perf_counter()
    status, answer = procs.send(port, "POST", path, data, headers, timeout=120)
    elapsed = (time.perf_counter() - began) * 1000
    checked(status, answer, "POST " + path)
    return elapsed
