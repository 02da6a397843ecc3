#!/usr/bin/env python3
"""The example sidecar's /metrics text, read by the Prometheus text format's
reference parser (prometheus_client.parser), not by our own code.

    parse_sidecar_metrics.py FILE   (written by go.sidecar.test)

The library's families must come through with their counts, and the
sidecar's own decision histogram must be one: cumulative buckets ending in
+Inf, equal to _count.
"""
import sys

from prometheus_client.parser import text_string_to_metric_families


def main(path):
    with open(path, encoding="utf-8") as f:
        families = {m.name: m for m in text_string_to_metric_families(f.read())}
    fail = []

    decisions = families.get("dayone_decisions")
    if not decisions or decisions.type != "counter":
        fail.append("dayone_decisions_total: missing or not a counter")
    else:
        got = {(s.labels["plan"], s.labels["limit"], s.labels["outcome"]): s.value
               for s in decisions.samples if s.name == "dayone_decisions_total"}
        if got.get(("free", "ingest", "allow")) != 100 or got.get(("free", "ingest", "deny_rate")) != 1:
            fail.append("dayone_decisions_total: not the 100 allowed and 1 denied the test made")

    hist = families.get("sidecar_decision_seconds")
    if not hist or hist.type != "histogram":
        fail.append("sidecar_decision_seconds: missing or not a histogram")
    else:
        buckets = [(float(s.labels["le"]), s.value) for s in hist.samples
                   if s.name == "sidecar_decision_seconds_bucket"]
        count = [s.value for s in hist.samples if s.name == "sidecar_decision_seconds_count"]
        values = [v for _, v in sorted(buckets)]
        if not buckets or buckets[-1][0] != float("inf") or values != sorted(values):
            fail.append("sidecar_decision_seconds: buckets not cumulative up to +Inf")
        elif count != [values[-1]] or count != [101]:
            fail.append("sidecar_decision_seconds: _count %r, +Inf %r, want 101" % (count, values[-1]))

    peak = families.get("sidecar_decision_seconds_max")
    if not peak or peak.type != "gauge" or not peak.samples[0].value > 0:
        fail.append("sidecar_decision_seconds_max: missing, not a gauge, or not positive")

    for f in fail:
        print("FAIL", f)
    print("%d families parsed; %s" % (len(families), "ok" if not fail else "%d failures" % len(fail)))
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
