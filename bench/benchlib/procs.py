"""Processes under test: start one, time it to its first 200, read its CPU, RSS and heap, stop it."""
import http.client
import json
import os
import signal
import socket
import subprocess
import time

HOST = "127.0.0.1"


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def get(port, path, headers=None, timeout=30):
    """One request on a fresh connection: (status, body bytes)."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def send(port, method, path, body, headers=None, timeout=60):
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        data = json.dumps(body).encode() if not isinstance(body, bytes) else body
        conn.request(method, path, body=data, headers={"Content-Type": "application/json", **(headers or {})})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


class Server:
    """A started process with the URL that answers 200 once it is up."""

    def __init__(self, name, argv, port, probe, probe_headers=None, log=None):
        self.name, self.argv, self.port, self.probe = name, argv, port, probe
        self.probe_headers = probe_headers or {}
        self.log = log
        self.proc = None
        self.start_seconds = None

    def start(self, timeout=180):
        """Launches the process and returns the seconds until the probe first answers 200."""
        out = open(self.log, "wb") if self.log else subprocess.DEVNULL
        began = time.monotonic()
        self.proc = subprocess.Popen(self.argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        while time.monotonic() - began < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode} before answering (see {self.log})")
            try:
                status, _ = get(self.port, self.probe, self.probe_headers, timeout=5)
                if status == 200:
                    self.start_seconds = time.monotonic() - began
                    return self.start_seconds
            except OSError:
                pass
            time.sleep(0.01)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer 200 on {self.probe} within {timeout} s")

    def pids(self):
        """The process and its descendants (Prism's node may fork)."""
        tree, parents = [self.proc.pid], {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                    parents.setdefault(int(fields[1]), []).append(int(entry))
                except OSError:
                    continue
        i = 0
        while i < len(tree):
            tree.extend(parents.get(tree[i], []))
            i += 1
        return tree

    def cpu_seconds(self):
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self.pids():
            try:
                with open(f"/proc/{pid}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
            except OSError:
                continue
        return total / ticks

    def rss_mb(self):
        total = 0
        for pid in self.pids():
            try:
                with open(f"/proc/{pid}/status") as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            total += int(line.split()[1])
            except OSError:
                continue
        return total / 1024

    def heap_after_full_gc_mb(self):
        """Java only: runs a full GC through jcmd, then reads the heap in use."""
        subprocess.run(["jcmd", str(self.proc.pid), "GC.run"], capture_output=True, timeout=120, check=True)
        info = subprocess.run(["jcmd", str(self.proc.pid), "GC.heap_info"], capture_output=True, text=True,
                              timeout=60, check=True).stdout
        # G1 prints one heap line; the serial and parallel collectors one line per generation.
        used_kb = [int(line.split("used", 1)[1].split()[0].rstrip(",").rstrip("K"))
                   for line in info.splitlines()
                   if "used" in line and "total" in line and not line.strip().startswith(("Metaspace", "class space"))]
        if used_kb:
            return sum(used_kb) / 1024
        raise RuntimeError("no heap figure in jcmd GC.heap_info: " + info[:200])

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def load_average():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])
