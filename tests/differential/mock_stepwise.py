#!/usr/bin/python3
"""A stand-in for the `stepwise` executable that answers from Alembic itself (through
alembic_oracle), used only to check the differential harness's own plumbing:

    run_differential.py --stepwise tests/differential/mock_stepwise.py --seeds 1 --cases 20

must report no mismatch (and with MOCK_BREAK=1 in the environment, which spoils `history`
and multi-step plans, must report mismatches). It understands what the harness sends:
    mock_stepwise.py --project DIR CMD...              (text commands)
    mock_stepwise.py --project DIR plan CMD --json --rows=a,b [--purge] [--] TARGET...
DIR is the alembic/ or native/ folder of a project pair written by bench/generate_repo.py.
"""
import json
import os
import shutil
import sys
import tempfile

if os.environ.get("MOCK_HASHSEED") and os.environ.get("PYTHONHASHSEED") != os.environ["MOCK_HASHSEED"]:
    os.environ["PYTHONHASHSEED"] = os.environ["MOCK_HASHSEED"]   # answer like Alembic under that seed
    os.execv(sys.executable, [sys.executable] + sys.argv)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import alembic_oracle  # noqa: E402


def main(argv):
    assert argv[0] == "--project"
    proj = os.path.realpath(argv[1])
    rest = argv[2:]
    native = os.path.basename(proj) == "native"
    work = tempfile.mkdtemp(prefix="mock-stepwise-")
    try:
        return answer(proj, rest, native, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def answer(proj, rest, native, work):
    oracle = alembic_oracle.Oracle(os.path.dirname(proj), work).load()
    if rest[0] != "plan":
        if "--" in rest:
            rest.remove("--")
        out, code, crash = oracle.text(rest, native=native)
        if "--sql" in rest:                                  # §4.3 ⚑: no final DROP TABLE
            out = out.replace("DROP TABLE alembic_version;\n\n", "")
        if os.environ.get("MOCK_BREAK") and rest[0] == "history":
            out = out.replace(" (head)", " (heads)", 1)     # a deliberate mismatch
        sys.stdout.buffer.write(out.encode("utf-8"))
        return 2 if code else 0
    cmd = rest[1]
    rows, purge, targets = [], False, []
    for a in rest[2:]:
        if a.startswith("--rows="):
            rows = [x for x in a[len("--rows="):].split(",") if x]
        elif a == "--purge":
            purge = True
        elif a in ("--json", "--"):
            pass
        else:
            targets.append(a)
    a = oracle.plan(cmd, targets, rows, purge)
    if a["kind"] != "ok":
        print(json.dumps({"ok": False, "error": a["error"], "detail": ""}))
        return 2
    steps = []
    for s in a["steps"]:
        if s["direction"] == "stamp":
            steps.append({"revision": (s["to"] or s["from"] or [""])[0], "direction": "stamp",
                          "from": s["from"], "to": s["to"]})
        else:
            steps.append({"revision": s["revision"], "direction": s["direction"]})
    if os.environ.get("MOCK_BREAK") and len(steps) > 1:
        steps = steps[:-1]                                   # a deliberate mismatch
    rows_after = sorted(oracle.graph.maximal(oracle.graph.applied(a["rows"])))
    print(json.dumps({"ok": True, "steps": steps, "rows": rows_after, "warnings": a["warnings"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
