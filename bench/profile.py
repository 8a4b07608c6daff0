"""A CPU profile of the sandbox under load, with JFR (in the JDK): which methods the samples are in.
Usage (after bench/run has installed wrk and built the jar):
  python3 bench/profile.py [--path '/odoo/orders?limit=1'] [--seconds 20] [--data FILE] [--jar JAR] [--post FILE]
Prints the methods most often on top of the stack (self) and most often anywhere on it (total)."""
import argparse
import collections
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import load, procs, sandbox_client, systems  # noqa: E402

FRAME = re.compile(r"^\s+([\w$.<>]+)\(.*\)\s+line:")


def summarize(jfr_file, top):
    text = subprocess.run(["jfr", "print", "--stack-depth", "512", "--events", "jdk.ExecutionSample", jfr_file],
                          capture_output=True, text=True, timeout=300, check=True).stdout
    selfs, totals, samples = collections.Counter(), collections.Counter(), 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = [m.group(1) for m in (FRAME.match(l) for l in event.splitlines()) if m]
        if not frames:
            continue
        samples += 1
        selfs[frames[0]] += 1
        for f in set(frames):
            totals[f] += 1
    print(f"{samples} samples (stacks up to 512 frames)")
    for title, counter in (("self", selfs), ("total", totals)):
        print(f"\n-- top {top} by {title} --")
        for name, n in counter.most_common(top):
            print(f"{100 * n / max(samples, 1):5.1f}%  {name}")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--path", default="/odoo/orders?limit=1")
    p.add_argument("--seconds", type=int, default=20)
    p.add_argument("--data")
    p.add_argument("--jar", default=systems.JAR)
    p.add_argument("--post", help="a JSON body file: POST it once per call instead of wrk load")
    p.add_argument("--calls", type=int, default=20, help="with --post: how many calls")
    p.add_argument("--top", type=int, default=25)
    a = p.parse_args()
    work = os.path.join("target", "bench-work")
    os.makedirs(work, exist_ok=True)
    jfr = os.path.abspath(os.path.join(work, "profile.jfr"))
    flags = systems.readme_java_flags() + [f"-XX:StartFlightRecording=filename={jfr},settings=profile", "-XX:FlightRecorderOptions=stackdepth=512"]
    server = systems.sandbox(work, "profile", ("--data", a.data) if a.data else (), jvm=flags)
    server.argv[server.argv.index(systems.JAR)] = a.jar
    with server:
        server.start(timeout=600)
        headers = sandbox_client.login(server.port)
        if a.post:
            with open(a.post, "rb") as f:
                body = f.read()
            for _ in range(a.calls):
                procs.send(server.port, "POST", a.path, body, headers, timeout=120)
        else:
            load.wrk(server, a.path, 3, headers=headers)
            print(load.wrk(server, a.path, a.seconds, headers=headers))
        subprocess.run(["jcmd", str(server.proc.pid), "JFR.dump", f"filename={jfr}"], capture_output=True,
                       timeout=120, check=True)
    summarize(jfr, a.top)


if __name__ == "__main__":
    main()
