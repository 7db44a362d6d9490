#!/usr/bin/python3
"""Differential test: Stepwise against Debian's Alembic 1.8.1 on random revision graphs.

    run_differential.py --stepwise PATH [--seeds 1-8] [--cases 50] [--keep DIR]
    run_differential.py --alembic-only --seeds 1-3 --keep DIR     (dump Alembic's answers)

For every seed, bench/generate_repo.py writes one random graph twice (an Alembic project
and its native twin). Then:
  text   `heads`, `heads -v`, `branches`, `branches -v`, `history`, `history -v`, some
         `history -r RANGE` and `show REV`: the stdout of `stepwise --project P CMD` on both
         projects must equal Alembic's byte for byte (for the twin: with the native message
         and .sql path, see alembic_oracle.py), and both must fail or both succeed.
  offline  `upgrade/downgrade/stamp ... --sql` on the native twin against Alembic's offline
         SQL (Stepwise's history-table statements and Alembic's final DROP TABLE removed,
         §4.3 ⚑; the version table named alike).
  plans  random (rows, command, targets) cases: `stepwise --project P plan CMD --rows=...
         TARGETS --json` on both projects against Alembic run online on a throwaway SQLite
         file: the same steps (revision + direction; stamps: from/to sets), the same final
         rows as a set, each step's version-table statements, or both refusing with the
         same message.
Cases where Alembic crashes or a ⚑ rule of alembic-semantics.md makes Stepwise differ on
purpose are classified (counted apart, checked against the ⚑ rule where it says what
Stepwise does) and do not count as comparisons. Alembic runs with PYTHONHASHSEED=0; where
Stepwise disagrees, the question is put to Alembic again under hash seeds 1-6, and if its
answer varies the case is classified as nondeterministic (reported, not failed). Exit
status 1 on any mismatch; every mismatch prints the seed, the case and both answers.
"""
import argparse
import concurrent.futures
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

if (os.environ.get("PYTHONHASHSEED") != "0" and __name__ == "__main__"
        and "--oracle-worker" not in sys.argv):
    # Alembic iterates hash sets in places (§3.5 ⚑); a fixed seed makes every run alike
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "bench"))

import generate_repo                      # noqa: E402

SKIP = 77                                 # CTest SKIP_RETURN_CODE
try:
    import alembic_oracle                 # noqa: E402
except ImportError as _e:                 # Debian: apt-get install python3-alembic
    print("differential: skipped, Alembic is not importable (%s); "
          "install python3-alembic python3-sqlalchemy" % _e)
    sys.exit(SKIP)

MULTI_HEADS_WARNING = "downgrade -1 from multiple heads is ambiguous"


def parse_seeds(text):
    out = []
    for part in text.split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            out.extend(range(int(a), int(b) + 1))
        elif part:
            out.append(int(part))
    return out


# ---------------------------------------------------------------- case generation

def keys_for_prefix(g):
    """map keys that prefix matching considers: ids then labels, longer than 3"""
    return [k for k in g.order + g.labels if len(k) > 3]


def unique_prefix(g, rng):
    keys = keys_for_prefix(g)
    cands = []
    for k in keys:
        for n in range(1, len(k)):
            p = k[:n]
            if p in g.by_id or p in g.label_owner:
                continue
            if sum(1 for x in keys if x.startswith(p)) == 1:
                cands.append(p)
                break
    return rng.choice(cands) if cands else rng.choice(g.order)


def ambiguous_prefix(g, rng):
    keys = keys_for_prefix(g)
    cands = set()
    for a in keys:
        for b in keys:
            if a < b:
                n = 0
                while n < min(len(a), len(b)) and a[n] == b[n]:
                    n += 1
                for m in range(1, n + 1):
                    p = a[:m]
                    if p not in g.by_id and p not in g.label_owner:
                        cands.add(p)
    return rng.choice(sorted(cands)) if cands else unique_prefix(g, rng)


def random_rows(g, rng):
    if rng.random() < 0.15:
        return []
    picks = rng.sample(g.order, rng.randint(1, min(3, len(g.order))))
    rows = sorted(g.maximal(g.applied(picks)), key=lambda r: g.pos[r])
    rng.shuffle(rows)
    return rows


def random_target(g, rng, cmd, rows):
    rid = rng.choice(g.order)
    lab = rng.choice(g.labels) if g.labels else rid
    n = rng.randint(1, 3)
    applied = sorted(g.applied(rows), key=lambda r: g.pos[r])
    below = rng.choice(applied) if applied else rid
    forms = {
        "heads": 3, "head": 2, "base": 2, "id": 6, "uprefix": 3, "aprefix": 2,
        "+N": 3, "-N": 3, "rev+N": 2, "rev-N": 2, "L@head": 2, "L@base": 2, "L@+N": 2,
        "L@-N": 2, "rev@head": 2, "L@rev": 2, "L@heads": 1, "head-N": 1, "unknown": 1,
        "heads+1": 1,
    }
    if cmd == "downgrade":
        forms.update({"id": 2, "below": 10, "-N": 5, "+N": 1, "L@-N": 3, "heads+1": 0, "rev-N": 3})
    if cmd == "stamp":
        forms = {"heads": 2, "head": 1, "base": 2, "id": 8, "uprefix": 2, "aprefix": 1,
                 "L@head": 1, "L@base": 2, "rev@head": 1, "L@rev": 1, "-N": 2, "unknown": 1}
    names = list(forms)
    form = rng.choices(names, weights=[forms[k] for k in names])[0]
    return {
        "heads": "heads", "head": "head", "base": "base", "id": rid, "below": below,
        "uprefix": unique_prefix(g, rng), "aprefix": ambiguous_prefix(g, rng),
        "+N": "+%d" % n, "-N": "-%d" % n, "rev+N": "%s+%d" % (rid, n),
        "rev-N": "%s-%d" % (below if cmd == "downgrade" else rid, n),
        "L@head": lab + "@head", "L@base": lab + "@base", "L@+N": "%s@+%d" % (lab, n),
        "L@-N": "%s@-%d" % (lab, n), "rev@head": rid + "@head", "L@rev": "%s@%s" % (lab, rid),
        "L@heads": lab + "@heads", "head-N": "head-%d" % n, "unknown": "zzzz9",
        "heads+1": "heads+1",
    }[form]


def random_case(g, rng):
    rows = random_rows(g, rng)
    cmd = rng.choices(["upgrade", "downgrade", "stamp"], weights=[4, 4, 3])[0]
    targets = [random_target(g, rng, cmd, rows)]
    purge = False
    if cmd == "stamp":
        if rng.random() < 0.2:
            t2 = random_target(g, rng, cmd, rows)
            if t2 != targets[0] or rng.random() < 0.3:
                targets.append(t2)
        purge = rng.random() < 0.15
    return {"rows": rows, "command": cmd, "targets": targets, "purge": purge}


def text_commands(g, rng):
    cmds = [["heads"], ["heads", "-v"], ["branches"], ["branches", "-v"],
            ["history"], ["history", "-v"], ["heads", "--resolve-dependencies"]]
    for _ in range(4):
        a, b = rng.choice(g.order), rng.choice(g.order)
        lab = rng.choice(g.labels) if g.labels else a
        desc = sorted(g.versioned_desc(a) - {a}, key=lambda r: g.pos[r])
        up = rng.choice(desc) if desc else b
        rng_text = rng.choice(["%s:%s" % (a, up), "%s:" % a, ":%s" % a, "%s:%s" % (a, b),
                               "-%d:" % rng.randint(1, 3), "%s:+1" % a, "%s@base:" % lab,
                               "%s@head:" % lab, "base:%s" % a])
        cmds.append(["history", "-r" + rng_text] if rng_text.startswith("-")
                    else ["history", "-r", rng_text])
    cmds.append(["history", "-v", "-r", "%s:" % rng.choice(g.order)])
    for _ in range(4):
        rev = rng.choice([rng.choice(g.order), rng.choice(g.order), unique_prefix(g, rng),
                          rng.choice(g.labels) if g.labels else "heads", "heads", "head",
                          "base", "-1", ambiguous_prefix(g, rng)])
        cmds.append(["show", rev])
    return cmds


def offline_commands(g, rng):
    """offline (--sql) commands for the native twin"""
    a, b, c = rng.choice(g.order), rng.choice(g.order), rng.choice(g.order)
    desc = sorted(g.versioned_desc(b) - {b}, key=lambda r: g.pos[r])
    up = rng.choice(desc) if desc else b
    pg = ["-x", "url=" + OFFLINE_PG_URL]      # PostgreSQL: BEGIN/COMMIT per step, RETURNING
    return [["upgrade", "heads", "--sql"], ["upgrade", a, "--sql"],
            ["upgrade", "%s:%s" % (b, up), "--sql"], ["downgrade", "%s:base" % c, "--sql"],
            ["downgrade", "%s:%s" % (up, b), "--sql"], ["stamp", a, "--sql"],
            pg + ["upgrade", "%s:%s" % (b, up), "--sql"], pg + ["downgrade", "%s:base" % c, "--sql"]]


OFFLINE_PG_URL = "postgresql://stepwise@localhost/differential"   # never contacted


# ---------------------------------------------------------------- running stepwise

def stepwise_argv(stepwise, project, argv):
    """argv in Alembic's spelling -> stepwise's (a leading '-' target goes after '--')."""
    out = [stepwise, "--project", project]
    rest = list(argv)
    if rest[:1] == ["-x"] and rest[1].startswith("url="):    # alembic -x url=U → --url U
        out += ["--url", rest[1][len("url="):]]
        rest = rest[2:]
    if rest and rest[0] == "show" and len(rest) == 2 and rest[1].startswith("-"):
        rest = ["show", "--", rest[1]]
    return out + rest


def run_stepwise(argv, timeout=30):
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return b"", -1, b"timeout"
    return p.stdout, p.returncode, p.stderr


def stepwise_plan(stepwise, project, case):
    argv = [stepwise, "--project", project, "plan", case["command"], "--json",
            "--rows=" + ",".join(case["rows"])]
    if case["purge"]:
        argv.append("--purge")
    if any(t.startswith("-") for t in case["targets"]):
        argv.append("--")
    argv.extend(case["targets"])
    out, code, err = run_stepwise(argv)
    try:
        ans = json.loads(out.decode("utf-8"))
        if not isinstance(ans, dict) or "ok" not in ans:
            raise ValueError("no 'ok' member")
    except (ValueError, UnicodeDecodeError) as e:
        ans = {"ok": None, "invalid": "%s (exit %d): stdout %r stderr %r" % (
            e, code, out[:300], err[:300])}
    ans["exit"] = code
    ans["argv"] = " ".join(argv[1:])
    return ans


# ---------------------------------------------------------------- comparison

class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.classified = {}
        self.text_passed = 0
        self.text_failed = 0
        self.failures = []
        self.notes = {}        # passed, with a remark (e.g. the ambiguous-prefix extra line)
        self.unmatched = []    # Alembic nondeterministic and Stepwise = none of its answers

    def classify(self, why):
        self.classified[why] = self.classified.get(why, 0) + 1

    def fail(self, text):
        self.failures.append(text)


def norm_steps(steps):
    out = []
    for s in steps or []:
        if s.get("direction") == "stamp":
            out.append(("stamp", tuple(sorted(s.get("from") or [])), tuple(sorted(s.get("to") or []))))
        else:
            out.append((s.get("revision"), s.get("direction")))
    return out


def compare_plan(g, case, a, s):
    """returns (verdict, note): verdict pass | fail | classified:<why>"""
    if s.get("ok") is None:
        return "fail", "stepwise gave no JSON answer: " + s.get("invalid", "")
    cmd = case["command"]
    if a["kind"] == "crash":
        exc = a.get("exception")
        if cmd == "stamp":
            # §3.4 ⚑: Stepwise refuses a stamp whose destinations need the same rows
            if s["ok"]:
                return "fail", "Alembic crashed (%s); Stepwise must refuse the stamp (§3.4 ⚑)" % a["error"]
            return "classified:§3.4 stamp conflict (Alembic crashes, Stepwise refuses)", ""
        if exc == "AssertionError":
            # §2.4 ⚑: overwalks and L@-N with 0 or 2 matching rows are errors in Stepwise; but
            # Alembic also asserts when X-N lands exactly on the base marker (upgrade to
            # nothing), where the spec does not say what Stepwise does: not checked, reported
            return "classified:§2.4 relative form (Alembic AssertionError); Stepwise %s" % (
                "runs it" if s["ok"] else "refuses"), ""
        if exc == "KeyError" and a.get("planned") is not None:
            # §3.5 ⚑: a merge/dependency parent that is not a row; Stepwise skips it
            if not s["ok"]:
                return "fail", "Alembic crashed (%s) mid-run; Stepwise should run the plan (§3.5 ⚑): %s" % (
                    a["error"], s.get("error"))
            if norm_steps(s.get("steps")) != norm_steps(a["planned"]):
                return "fail", "steps differ from Alembic's plan (Alembic crashed later: %s)" % a["error"]
            want = expected_rows(g, case, a["planned"])
            if set(s.get("rows") or []) != want:
                return "fail", "rows %s, invariant says %s (§3.5 ⚑)" % (s.get("rows"), sorted(want))
            return "classified:§3.5 non-row parent (Alembic KeyError; plan and invariant checked)", ""
        return "classified:Alembic crash %s" % exc, ""
    if a["kind"] == "refused":
        if s["ok"]:
            return "fail", "Alembic refused: %s" % a["error"]
        if s.get("error") != a["error"]:
            return "fail", "both refuse, messages differ"
        return "pass", ""
    # Alembic succeeded. Stamps: Stepwise reproduces Alembic's statements (§3.4), so the rows
    # must be Alembic's even where they break the invariant (stamping a revision and a head
    # above it leaves both). Upgrade/downgrade: Stepwise keeps the §3.1 invariant (§3.5 ⚑).
    if not s["ok"]:
        return "fail", "Alembic succeeded, Stepwise refused"
    if norm_steps(s.get("steps")) != norm_steps(a["steps"]):
        return "fail", "steps differ"
    if a["warnings"] and not any(MULTI_HEADS_WARNING in w for w in s.get("warnings") or []):
        return "fail", "Alembic warned %r; Stepwise did not" % a["warnings"][0]
    arows = set(a["rows"])
    srows = set(s.get("rows") or [])
    canon = g.maximal(g.applied(a["rows"]))
    if cmd != "stamp" and arows != canon:
        # §3.5 ⚑ redundant-dependency row kept by Alembic 1.8.1; Stepwise keeps the invariant
        if srows != canon:
            return "fail", "rows %s; Alembic %s, §3.5 ⚑ invariant %s" % (
                sorted(srows), sorted(arows), sorted(canon))
        return "classified:§3.5 redundant dependency row (Alembic 1.8.1 keeps it; invariant checked)", ""
    if srows != arows:
        return "fail", "rows differ"
    # version-table statements of each step (§3.4, §3.5), when stepwise's JSON lists them
    s_stmts = [st.get("rows") for st in s.get("steps") or []]
    if all(isinstance(x, list) for x in s_stmts):
        if cmd != "stamp" and first_broken_step(g, case, a["steps"]) is not None:
            # §3.5 ⚑ redundant dependency: Alembic 1.8.1 passes through rows that break the
            # invariant (Downgrade-1); Stepwise's statements must keep it after every step
            bad = first_broken_step(g, case, s.get("steps"))
            if bad is not None:
                return "fail", "Stepwise's rows after step %d break the §3.1 invariant" % (bad + 1)
            return "classified:§3.5 redundant dependency row mid-plan (Alembic 1.8.1 keeps it; " \
                   "Stepwise's statements checked against the invariant)", ""
        a_stmts = [st.get("rows") for st in a["steps"]]
        rows = set() if case.get("purge") else set(case["rows"])
        row_choice = False
        for i, (x, y) in enumerate(zip(a_stmts, s_stmts)):
            after_a, after_s = replay(rows, x), replay(rows, y)
            if x != y:
                r = a["steps"][i].get("revision")
                below = set(g.below(r)) if r in g.by_id else set()
                if cmd != "stamp" and after_a == after_s and len(below) >= 2 and rows - below - {r}:
                    # §3.5 ⚑: which of a merge's parents is UPDATEd and which DELETEd/INSERTed
                    # when another, unrelated row exists is hash order in Alembic; the rows
                    # after the step must still agree
                    row_choice = True
                else:
                    return "fail", "version-table statements of step %d differ: Alembic %s, Stepwise %s" % (
                        i + 1, json.dumps(x), json.dumps(y))
            rows = after_a
        if row_choice:
            return "classified:§3.5 row choice beside an unrelated row (statements differ, rows after " \
                   "each step agree)", ""
    return "pass", ""


def replay(rows, ops):
    rows = set(rows)
    for op in ops or []:
        if op.get("op") in ("delete", "update"):
            rows.discard(op.get("from"))
        if op.get("op") in ("insert", "update"):
            rows.add(op.get("to"))
    return rows


def first_broken_step(g, case, steps):
    """index of the first step after which the rows (replaying the step's version-table
    statements) are not the §3.1 invariant's, or None"""
    rows = set(case["rows"])
    applied = g.applied(case["rows"])
    for i, st in enumerate(steps or []):
        for op in st.get("rows") or []:
            if op.get("op") in ("delete", "update"):
                rows.discard(op.get("from"))
            if op.get("op") in ("insert", "update"):
                rows.add(op.get("to"))
        if st.get("direction") == "up":
            applied.add(st.get("revision"))
        elif st.get("direction") == "down":
            applied.discard(st.get("revision"))
        if rows != g.maximal(applied):
            return i
    return None


def expected_rows(g, case, steps):
    rows = [] if case.get("purge") else case["rows"]
    applied = g.applied(rows)
    for st in steps:
        if st["direction"] == "up":
            applied.add(st["revision"])
        elif st["direction"] == "down":
            applied.discard(st["revision"])
    return g.maximal(applied)


def normalize_offline(a_out, s_text):
    """Offline SQL of the native twin against Alembic's: Stepwise's own history-table
    statements are dropped and its version table is named like Alembic's; Alembic's final
    DROP TABLE is dropped (§4.3 ⚑: Stepwise follows Alembic >= 1.19)."""
    a_items = [x for x in a_out.split("\n\n") if x.strip() != "DROP TABLE alembic_version;"]
    s_items = [x.replace("stepwise_version", "alembic_version") for x in s_text.split("\n\n")
               if "stepwise_history" not in x]
    return "\n\n".join(a_items), "\n\n".join(s_items)


VERSION_DML = re.compile(r"^(INSERT INTO|UPDATE|DELETE FROM) alembic_version\b")


def compare_text(a_out, a_code, s_out, s_code, offline=False):
    s_text = s_out.decode("utf-8", "replace")
    if offline and a_code == 0:
        a_out, s_text = normalize_offline(a_out, s_text)
        if a_out != s_text and (a_code == 0) == (s_code == 0):
            # the version-table statements follow §3.5, whose ⚑ rules (redundant dependency,
            # row choice beside an unrelated row) the plan cases check and classify
            a_rest = [x for x in a_out.split("\n\n") if not VERSION_DML.match(x)]
            s_rest = [x for x in s_text.split("\n\n") if not VERSION_DML.match(x)]
            if a_rest == s_rest:
                return True, "offline SQL: version-table statements differ (§3.5 ⚑, see plans)"
    if (a_code == 0) != (s_code == 0):
        return False, "exit codes: Alembic %d, Stepwise %d" % (a_code, s_code)
    if s_text == a_out:
        return True, ""
    # ⚑ revision-format.md: an ambiguous prefix prints Alembic's line, then the candidates
    if a_code != 0 and a_out.startswith("FAILED: Can't locate revision") and s_text.startswith(a_out):
        return True, "ambiguous-prefix extra line"
    return False, "stdout differs"


def diff_text(a, b, limit=40):
    import difflib
    lines = list(difflib.unified_diff(a.splitlines(), b.splitlines(), "alembic", "stepwise",
                                      lineterm="", n=1))
    return "\n".join(lines[:limit]) + ("\n..." if len(lines) > limit else "")


# ---------------------------------------------------------------- main

HASH_SEEDS = range(1, 7)       # PYTHONHASHSEED values tried when Alembic's answer disagrees


def alembic_variants(gdir, texts, plans, workroot):
    """Alembic's answers to the same questions under other PYTHONHASHSEED values, run in
    worker processes (two at a time): {hash seed: {"texts": [...], "plans": [...]}}."""
    req = os.path.join(workroot, "variants-request.json")
    with open(req, "w", encoding="utf-8") as f:
        json.dump({"graph": gdir, "texts": texts, "plans": plans}, f)
    out = {}
    pending = list(HASH_SEEDS)
    running = []
    while pending or running:
        while pending and len(running) < 2:
            h = pending.pop(0)
            env = dict(os.environ, PYTHONHASHSEED=str(h))
            p = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--oracle-worker", req],
                                 env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            running.append((h, p))
        h, p = running.pop(0)
        data, _ = p.communicate()
        try:
            out[h] = json.loads(data.decode("utf-8"))
        except ValueError:
            pass
    return out


def oracle_worker(req_path):
    with open(req_path, encoding="utf-8") as f:
        req = json.load(f)
    work = tempfile.mkdtemp(prefix="oracle-worker-")
    try:
        oracle = alembic_oracle.Oracle(req["graph"], work).load()
        texts = [list(oracle.text(argv, native=native)) for argv, native in req["texts"]]
        plans = []
        for case in req["plans"]:
            a = oracle.plan(case["command"], case["targets"], case["rows"], case["purge"])
            if a["kind"] == "crash":
                a["planned"] = oracle.planned_steps(case["command"], case["targets"], case["rows"])
            plans.append(a)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.stdout.write(json.dumps({"texts": texts, "plans": plans}))
    return 0


def text_failure(seed, fmt, argv, proj, opts, a_out, a_code, s_out, s_code, s_err, note):
    if fmt == "native-offline" and a_code == 0:
        a_out, s_norm = normalize_offline(a_out, s_out.decode("utf-8", "replace"))
        s_out = s_norm.encode("utf-8")
        note += " (after normalising: history-table statements and Alembic's DROP TABLE removed)"
    return ("seed %d [%s] alembic %s\n  stepwise %s\n  %s (Alembic exit %d, Stepwise exit %d)\n"
            "  stepwise stderr: %s\n%s" % (
                seed, fmt, " ".join(argv), " ".join(stepwise_argv(opts.stepwise, proj, argv)[1:]),
                note, a_code, s_code, s_err.decode("utf-8", "replace")[:300].strip(),
                diff_text(a_out, s_out.decode("utf-8", "replace"))))


def plan_failure(seed, fmt, case, a, s, note):
    return "seed %d [%s] rows %s: %s%s %s\n  %s\n  alembic:  %s\n  stepwise: %s\n  repro: %s" % (
        seed, fmt, case["rows"], case["command"], " --purge" if case["purge"] else "",
        " ".join(case["targets"]), note,
        json.dumps({k: a[k] for k in ("kind", "steps", "rows", "error", "warnings")}),
        json.dumps({k: v for k, v in s.items() if k not in ("argv",)}), s["argv"])


def run_seed(seed, opts, tally, workroot, dump):
    gdir = os.path.join(workroot, "seed%d" % seed)
    revs = generate_repo.random_graph(seed)
    generate_repo.write(gdir, revs, "random", seed)
    oracle = alembic_oracle.Oracle(gdir, workroot)
    try:
        oracle.load()
    except alembic_oracle.Crash as e:
        tally.classify("graph Alembic cannot load")
        print("seed %d: Alembic cannot load the graph (%s); skipped" % (seed, e))
        return
    g = oracle.graph
    rng = random.Random("cases-%d" % seed)
    projects = []
    if opts.stepwise:
        projects = [("alembic", oracle.proj), ("native", oracle.native)]
    record = {"seed": seed, "text": [], "plans": []}
    suspects_text = []     # (argv, fmt, proj, a, s) where Stepwise disagrees with hash seed 0
    text_jobs = [(argv, projects) for argv in text_commands(g, rng)]
    if projects:           # offline SQL: the native twin only (Alembic's bodies need Python)
        text_jobs += [(argv, [("native-offline", oracle.native)]) for argv in offline_commands(g, rng)]
    suspects_plan = []     # (case, a, [(fmt, s, note)])

    # stepwise runs in two worker threads while Alembic answers in this one
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)

    # text
    for argv, job_projects in text_jobs:
        futures = {fmt: pool.submit(run_stepwise, stepwise_argv(opts.stepwise, proj, argv))
                   for fmt, proj in job_projects}
        for fmt, proj in job_projects or [("alembic", None)]:
            a_out, a_code, a_crash = oracle.text(argv, native=(fmt != "alembic"))
            if not opts.stepwise:
                record["text"].append({"argv": argv, "format": fmt, "stdout": a_out,
                                       "exit": a_code, "crash": a_crash})
                continue
            if a_crash:
                tally.classify("text: Alembic crash" + (" (offline SQL)" if "--sql" in argv else ""))
                continue
            s_out, s_code, s_err = futures[fmt].result()
            ok, note = compare_text(a_out, a_code, s_out, s_code, offline=(fmt == "native-offline"))
            if ok and note.startswith("offline SQL:"):
                tally.classify("text: " + note)
            elif ok:
                tally.text_passed += 1
                if note:
                    tally.notes[note] = tally.notes.get(note, 0) + 1
            else:
                suspects_text.append((argv, fmt, proj, (a_out, a_code), (s_out, s_code, s_err), note))

    # plans
    for _ in range(opts.cases):
        case = random_case(g, rng)
        futures = [(fmt, pool.submit(stepwise_plan, opts.stepwise, proj, case)) for fmt, proj in projects]
        a = oracle.plan(case["command"], case["targets"], case["rows"], case["purge"])
        if a["kind"] == "crash":
            a["planned"] = oracle.planned_steps(case["command"], case["targets"], case["rows"])
        if not opts.stepwise:
            record["plans"].append({"case": case, "alembic": a})
            continue
        verdicts, fails = [], []
        for fmt, fut in futures:
            s = fut.result()
            verdict, note = compare_plan(g, case, a, s)
            verdicts.append(verdict)
            if verdict == "fail":
                fails.append((fmt, s, note))
        if fails:
            suspects_plan.append((case, a, fails))
        elif verdicts and verdicts[0].startswith("classified:"):
            tally.classify(verdicts[0][len("classified:"):])
        else:
            tally.passed += 1

    pool.shutdown()

    # Disagreements: is Alembic itself deterministic there? Ask it again under other hash seeds.
    if suspects_text or suspects_plan:
        variants = alembic_variants(
            gdir, [[argv, fmt != "alembic"] for argv, fmt, *_ in suspects_text],
            [case for case, *_ in suspects_plan], workroot)
        for i, (argv, fmt, proj, (a_out, a_code), (s_out, s_code, s_err), note) in enumerate(suspects_text):
            answers = [v["texts"][i] for v in variants.values()]
            if any(ans[0] != a_out or ans[1] != a_code for ans in answers):
                matched = any(compare_text(ans[0], ans[1], s_out, s_code,
                                           offline=(fmt == "native-offline"))[0] for ans in answers)
                tally.classify("text: Alembic nondeterministic (%d hash seeds); Stepwise %s" % (
                    len(answers) + 1, "= one of its answers" if matched else "= none of its answers"))
                if not matched:
                    tally.unmatched.append(text_failure(seed, fmt, argv, proj, opts, a_out, a_code,
                                                        s_out, s_code, s_err, note))
            else:
                tally.text_failed += 1
                tally.fail(text_failure(seed, fmt, argv, proj, opts, a_out, a_code, s_out, s_code,
                                        s_err, note))
        for i, (case, a, fails) in enumerate(suspects_plan):
            answers = [v["plans"][i] for v in variants.values()]
            key = lambda x: json.dumps([x["kind"], x["steps"], sorted(x["rows"]), x["error"]])
            if any(key(ans) != key(a) for ans in answers):
                matched = all(any(compare_plan(g, case, ans, s)[0] != "fail" for ans in answers)
                              for fmt, s, note in fails)
                tally.classify("plan: Alembic nondeterministic (%d hash seeds); Stepwise %s" % (
                    len(answers) + 1, "= one of its answers" if matched else "= none of its answers"))
                if not matched:
                    tally.unmatched.extend(plan_failure(seed, fmt, case, a, s, note) for fmt, s, note in fails)
            else:
                tally.failed += 1
                for fmt, s, note in fails:
                    tally.fail(plan_failure(seed, fmt, case, a, s, note))
    if dump is not None:
        dump.append(record)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--oracle-worker"]:
        return oracle_worker(argv[1])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stepwise", help="path of the stepwise executable")
    ap.add_argument("--alembic-only", action="store_true",
                    help="only compute Alembic's answers (dumped to KEEP/alembic_answers.json)")
    ap.add_argument("--seeds", default="1-8", help="graph seeds, e.g. 1-8 or 3,5,9 (default 1-8)")
    ap.add_argument("--cases", type=int, default=50, help="plan cases per graph (default 50)")
    ap.add_argument("--keep", help="keep projects and answers in this folder")
    ap.add_argument("--max-failures", type=int, default=30, help="failures printed in full")
    opts = ap.parse_args(argv)
    if not opts.stepwise and not opts.alembic_only:
        ap.error("--stepwise PATH is required (or --alembic-only)")
    if opts.stepwise:
        opts.stepwise = os.path.abspath(opts.stepwise)
        if not os.access(opts.stepwise, os.X_OK):
            ap.error("not an executable: %s" % opts.stepwise)
    if opts.keep:
        workroot = os.path.realpath(opts.keep)
        os.makedirs(workroot, exist_ok=True)
    else:
        workroot = os.path.realpath(tempfile.mkdtemp(prefix="stepwise-differential-"))
    t0 = time.monotonic()
    tally = Tally()
    dump = [] if opts.alembic_only else None
    seeds = parse_seeds(opts.seeds)
    try:
        for seed in seeds:
            run_seed(seed, opts, tally, workroot, dump)
    finally:
        if dump is not None:
            path = os.path.join(workroot, "alembic_answers.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(dump, f, indent=1, ensure_ascii=False)
            print("Alembic's answers: %s" % path)
        if not opts.keep:
            shutil.rmtree(workroot, ignore_errors=True)
    for text in tally.unmatched[:opts.max_failures]:
        print("NONDETERMINISTIC (Alembic varies; Stepwise matched none of its answers; not a failure) "
              + text + "\n")
    for text in tally.failures[:opts.max_failures]:
        print("MISMATCH " + text + "\n")
    if len(tally.failures) > opts.max_failures:
        print("... %d more mismatches" % (len(tally.failures) - opts.max_failures))
    if tally.failures:
        print("reproduce: /usr/bin/python3 %s --stepwise %s --seeds SEED --cases %d --keep DIR "
              "(cases are a function of the seed; DIR keeps both projects of each graph)" % (
                  os.path.abspath(__file__), opts.stepwise, opts.cases))
    classified = sum(tally.classified.values())
    for why, n in sorted(tally.notes.items()):
        print("  passed with a note: %4d  %s" % (n, why))
    for why, n in sorted(tally.classified.items()):
        print("  classified: %4d  %s" % (n, why))
    if opts.alembic_only:
        print("differential: Alembic answers only, %d graphs (%.1f s)" % (len(seeds), time.monotonic() - t0))
        return 0
    print("differential: text %d passed, %d failed; plans %d passed, %d failed "
          "(%d classified ⚑, skipped); %d graphs, %.1f s" % (
              tally.text_passed, tally.text_failed, tally.passed, tally.failed, classified,
              len(seeds), time.monotonic() - t0))
    print("differential: %d passed, %d failed (%d classified ⚑, skipped)" % (
        tally.passed + tally.text_passed, tally.failed + tally.text_failed, classified))
    return 1 if (tally.failed or tally.text_failed) else 0


if __name__ == "__main__":
    sys.exit(main())
