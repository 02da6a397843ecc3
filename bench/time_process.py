#!/usr/bin/env python3
"""Whole-process wall time of one command, as `make bench`'s whole-process row
measures it (bench/collect.py's time_process): subprocess.run in a minimal
environment (only PATH), two warm-up runs, then N timed runs that must each
exit 0; prints the median, min and max in milliseconds.

Usage: python3 bench/time_process.py [--runs N] COMMAND [ARGS...]
e.g.   python3 bench/time_process.py build/bench/dayone check --env-file bench/env200.env
       python3 bench/time_process.py /bin/true        # what starting any process costs
"""
import os
import statistics
import subprocess
import sys
import time


def main(argv):
    runs = 50
    if len(argv) > 2 and argv[1] == "--runs":
        runs = int(argv[2])
        argv = argv[2:]
    cmd = argv[1:]
    if not cmd or runs < 1:
        print(__doc__, file=sys.stderr)
        return 2
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    samples = []
    for i in range(runs + 2):
        t0 = time.perf_counter_ns()
        p = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        dt = time.perf_counter_ns() - t0
        if p.returncode != 0:
            print("%s exited %d: %s" % (cmd[0], p.returncode,
                                        p.stderr.decode(errors="replace")[-300:]), file=sys.stderr)
            return 1
        if i >= 2:
            samples.append(dt / 1e6)
    print("%s: median %.3f ms, min %.3f, max %.3f (%d runs, load average %.2f)" %
          (" ".join(cmd), statistics.median(samples), min(samples), max(samples), runs,
           os.getloadavg()[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
