#!/usr/bin/python3
"""Stepwise and Alembic side by side on quality.md's synthetic repositories.

    compare_alembic.py --stepwise BUILD/app/cli/stepwise [--runs 5] [--sizes 1000,5000,10000]
                       [--workdir DIR] [--markdown FILE]

Generates the synthetic repositories with bench/generate_repo.py (both formats; reused when
--workdir already holds them), then times whole processes, A B A B … interleaved:
  heads                 stepwise on the native twin, stepwise on the Alembic project,
                        `python3 -m alembic heads` (run once first: warm bytecode cache)
  history               same three, 5,000 revisions (and stepwise alone on 1,000 / 10,000)
  upgrade heads --sql   stepwise on the native twin vs Alembic offline, 5,000 revisions
Stepwise's header index (core/repository/headerindex.h) lives in WORKDIR/cache for these runs
(XDG_CACHE_HOME). Plain rows are warm (the index is present and fresh, as on every run after the
first); "cold" rows run without it (STEPWISE_NO_CACHE=1); "first" rows delete it before every
run, so they also pay for writing it.
Reports medians, ratios and peak RSS (per process, GNU time's %M in separate runs) for S1, S2, S3, S9
and M1 of quality.md, as a markdown table on stdout (and in FILE with --markdown). A
stepwise command that fails (not implemented yet) is reported as "not yet available".
Only the Python standard library is used (Alembic is run as a separate process).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate_repo  # noqa: E402

PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def peak_rss_kib(argv, cwd=None, env_extra=None):
    """Peak RSS of one process in KiB, from GNU time (Debian package `time`), whose small
    process is the one that forks the measured command. Without it, wait4's figure is used:
    it also counts the pre-exec copy of this Python process, so it is an upper bound."""
    if not GNU_TIME:
        return run_once(argv, cwd)[1], False   # noqa: the flag says "upper bound"
    fd, out = tempfile.mkstemp(prefix="rss-")
    os.close(fd)
    try:
        env = dict(os.environ)
        env.update(env_extra or {})
        subprocess.run([GNU_TIME, "-f", "%M", "-o", out] + argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out) as f:
            return int(f.read().strip().splitlines()[-1]), True
    finally:
        os.remove(out)


def run_once(argv, cwd=None, capture=False, env_extra=None):
    """(seconds, peak RSS in KiB, exit code, stdout bytes or None, CPU seconds) of one process."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(env_extra or {})
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    out = p.stdout.read() if capture else None
    _, status, usage = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return dt, usage.ru_maxrss, p.returncode, out, usage.ru_utime + usage.ru_stime


class Measure:
    def __init__(self, label, argv, cwd=None, env=None, before=None):
        self.label = label
        self.argv = argv
        self.cwd = cwd
        self.env = env or {}       # added to the environment
        self.before = before       # called before every run (e.g. to drop a cache)
        self.times = []
        self.rss = []
        self.cpu = []            # user + system CPU seconds (less sensitive to a busy machine)
        self.available = True
        self.note = ""

    def probe(self):
        if self.before:
            self.before()
        dt, rss, code, out, cpu = run_once(self.argv, self.cwd, capture=True, env_extra=self.env)
        if code != 0:
            self.available = False
            self.note = "not yet available (exit %d)" % code
        return out

    def run(self):
        if not self.available:
            return
        if self.before:
            self.before()
        dt, rss, code, _, cpu = run_once(self.argv, self.cwd, env_extra=self.env)
        if code != 0:
            self.available = False
            self.note = "failed (exit %d)" % code
            return
        self.times.append(dt)
        self.cpu.append(cpu)
        if len(self.rss) < 3:                      # peak RSS: separate runs, three suffice
            if self.before:
                self.before()
            kib, _ = peak_rss_kib(self.argv, self.cwd, self.env)
            self.rss.append(kib)

    @property
    def median(self):
        return statistics.median(self.times) if self.available and self.times else None

    @property
    def cpu_median(self):
        return statistics.median(self.cpu) if self.available and self.cpu else None

    @property
    def peak_mb(self):
        return max(self.rss) / 1024.0 if self.available and self.rss else None


def interleave(measures, runs):
    for _ in range(runs):
        for m in measures:
            m.run()


def fmt_s(x):
    if x is None:
        return "n/a"
    return "%.3f s" % x if x < 10 else "%.1f s" % x


def ratio(slow, fast):
    if slow is None or fast is None or fast <= 0:
        return None
    return slow / fast


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stepwise", required=True, help="path of the stepwise executable")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per command (default 5)")
    ap.add_argument("--sizes", default="1000,5000,10000")
    ap.add_argument("--workdir", help="keep/reuse the generated repositories here")
    ap.add_argument("--markdown", help="also write the report to this file")
    opts = ap.parse_args(argv)
    stepwise = os.path.abspath(opts.stepwise)
    if not os.access(stepwise, os.X_OK):
        ap.error("not an executable: %s" % stepwise)
    sizes = [int(x) for x in opts.sizes.split(",")]
    tmp = None
    if opts.workdir:
        work = os.path.realpath(opts.workdir)
        os.makedirs(work, exist_ok=True)
    else:
        tmp = work = os.path.realpath(tempfile.mkdtemp(prefix="stepwise-bench-"))
    try:
        report = bench(stepwise, sizes, opts.runs, work)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    print(report)
    if opts.markdown:
        with open(opts.markdown, "w", encoding="utf-8") as f:
            f.write(report)
    return 0


def bench(stepwise, sizes, runs, work):
    repos = {}
    for n in sizes:
        d = os.path.join(work, "synthetic-%d" % n)
        if not os.path.exists(os.path.join(d, "graph.json")):
            t0 = time.perf_counter()
            generate_repo.write(d, generate_repo.synthetic(n, 0), "synthetic", 0)
            print("generated %s (%.1f s)" % (d, time.perf_counter() - t0), file=sys.stderr)
        repos[n] = (os.path.join(d, "native"), os.path.join(d, "alembic"))

    # Stepwise keeps its header index (repository/headerindex.h) in a cache folder of its own
    # here, not in the user's. The plain rows are warm (index present and fresh, as on every
    # run but the first); "cold" rows run without it (STEPWISE_NO_CACHE=1), "first" rows
    # delete it before every run, so they also pay for writing it.
    cache = os.path.join(work, "cache")

    def drop_cache():
        shutil.rmtree(cache, ignore_errors=True)

    def sw(n, fmt, *cmd, mode="warm"):
        native, alembic = repos[n]
        env = {"XDG_CACHE_HOME": cache}
        if mode == "cold":
            env["STEPWISE_NO_CACHE"] = "1"
        suffix = "" if mode == "warm" else ", " + mode
        return Measure("stepwise %s (%s, %d%s)" % (" ".join(cmd), fmt, n, suffix),
                       [stepwise, "--project", native if fmt == "native" else alembic] + list(cmd),
                       env=env, before=drop_cache if mode == "first" else None)

    def al(n, *cmd):
        return Measure("alembic %s (%d)" % (" ".join(cmd), n), [PY, "-m", "alembic"] + list(cmd),
                       cwd=repos[n][1])

    big = max(sizes)
    small = min(sizes)
    mid = 5000 if 5000 in sizes else big
    groups = []
    for n in sizes:
        groups.append([sw(n, "native", "heads"), sw(n, "alembic", "heads"), al(n, "heads")])
    groups.append([sw(big, "native", "heads", mode="cold"), sw(big, "alembic", "heads", mode="cold"),
                   sw(big, "native", "heads", mode="first"),
                   sw(big, "alembic", "heads", mode="first")])
    groups.append([sw(mid, "native", "history"), sw(mid, "alembic", "history"), al(mid, "history")])
    groups.append([sw(mid, "native", "upgrade", "heads", "--sql"), al(mid, "upgrade", "heads", "--sql")])
    if small != mid:
        groups.append([sw(small, "native", "history"), sw(small, "alembic", "history")])
    if big != mid:
        groups.append([sw(big, "native", "history"), sw(big, "alembic", "history")])

    same_output = {}
    for g in groups:
        outs = {}
        for m in g:
            out = m.probe()                       # also warms caches (Alembic's bytecode)
            if m.available:
                outs[m.label] = out
        for cmd in ("heads", "history"):           # the text must be Alembic's (product.md)
            al_out = [v for k, v in outs.items() if k.startswith("alembic %s " % cmd)]
            for k, v in outs.items():
                if al_out and k.startswith("stepwise %s " % cmd):
                    same_output[k] = (v == al_out[0])
        t0 = time.perf_counter()
        interleave(g, runs)
        print("measured %s (%.1f s)" % (", ".join(m.label for m in g), time.perf_counter() - t0),
              file=sys.stderr)
    by = {m.label: m for g in groups for m in g}

    def med(label):
        m = by.get(label)
        return m.median if m else None

    def avail(label):
        m = by.get(label)
        return m is not None and m.available

    lines = []
    load = os.getloadavg()
    lines.append("Measured %s on %s (%d cores, load average %.1f / %.1f / %.1f at the end), %d runs "
                 "each, interleaved; medians of whole processes (wall time; the last column is the "
                 "ratio of user+system CPU time, which a busy machine disturbs less); Alembic 1.8.1 "
                 "as `%s -m alembic`, warm bytecode cache." % (
                     time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), os.uname().nodename,
                     os.cpu_count() or 0, load[0], load[1], load[2], runs, PY))
    lines.append("")
    lines.append("| # | workload | Stepwise | Alembic | ratio | target | result | CPU-time ratio |")
    lines.append("|---|---|---|---|---|---|---|---|")

    def target_row(num, workload, s_label, a_label, want):
        s, a = med(s_label), med(a_label)
        r = ratio(a, s)
        if not avail(s_label):
            res = by[s_label].note if s_label in by else "not measured"
        elif r is None:
            res = "n/a"
        else:
            res = "met" if r >= want else "NOT met"
        cr = ratio(by[a_label].cpu_median, by[s_label].cpu_median) if (
            a_label in by and s_label in by and avail(s_label)) else None
        lines.append("| %s | %s | %s | %s | %s | ≥ %d× | %s | %s |" % (
            num, workload, fmt_s(s) if avail(s_label) else "—", fmt_s(a),
            ("%.0f×" % r) if r is not None else "—", want, res, ("%.0f×" % cr) if cr else "—"))

    target_row("S1", "`heads`, %d native revisions" % big, "stepwise heads (native, %d)" % big,
               "alembic heads (%d)" % big, 50)
    target_row("S1", "`heads`, %d native revisions, no index (cold)" % big,
               "stepwise heads (native, %d, cold)" % big, "alembic heads (%d)" % big, 50)
    target_row("S1", "`heads`, %d native revisions, first run (index written)" % big,
               "stepwise heads (native, %d, first)" % big, "alembic heads (%d)" % big, 50)
    target_row("S2", "`heads` on the %d-revision Alembic project" % big,
               "stepwise heads (alembic, %d)" % big, "alembic heads (%d)" % big, 30)
    target_row("S2", "`heads` on the %d-revision Alembic project, no index (cold)" % big,
               "stepwise heads (alembic, %d, cold)" % big, "alembic heads (%d)" % big, 30)
    target_row("S2", "`heads` on the %d-revision Alembic project, first run (index written)" % big,
               "stepwise heads (alembic, %d, first)" % big, "alembic heads (%d)" % big, 30)
    target_row("S3", "`history`, %d revisions (native)" % mid, "stepwise history (native, %d)" % mid,
               "alembic history (%d)" % mid, 20)
    target_row("S3", "`history`, %d revisions (Alembic project)" % mid,
               "stepwise history (alembic, %d)" % mid, "alembic history (%d)" % mid, 20)
    target_row("S3", "`upgrade heads --sql`, %d revisions (native)" % mid,
               "stepwise upgrade heads --sql (native, %d)" % mid,
               "alembic upgrade heads --sql (%d)" % mid, 20)
    for cmd in ("heads", "history"):
        for fmt in ("native", "alembic"):
            a, b = "stepwise %s (%s, %d)" % (cmd, fmt, big), "stepwise %s (%s, %d)" % (cmd, fmt, small)
            if a in by and b in by and big != small:
                r = ratio(med(a), med(b))
                ok = avail(a) and avail(b)
                lines.append("| S9 | `%s` %s, %d / %d time ratio | %s / %s | | %s | ≤ 12 | %s | |" % (
                    cmd, fmt, big, small, fmt_s(med(a)) if ok else "—", fmt_s(med(b)) if ok else "—",
                    ("%.1f" % r) if (ok and r) else "—",
                    ("met" if r <= 12 else "NOT met") if (ok and r) else (by[a].note or by[b].note)))
    m1 = by.get("stepwise heads (native, %d)" % big)
    m1a = by.get("stepwise heads (alembic, %d)" % big)
    ala = by.get("alembic heads (%d)" % big)
    for m, what in ((m1, "native"), (m1a, "Alembic project")):
        if m is None:
            continue
        pk = m.peak_mb
        lines.append("| M1 | peak RSS, `heads`, %d revisions (%s) | %s | %s | | ≤ 40 MB | %s | |" % (
            big, what, ("%.1f MB" % pk) if pk is not None else "—",
            ("%.0f MB" % ala.peak_mb) if ala and ala.peak_mb else "n/a",
            ("met" if pk <= 40 else "NOT met") if pk is not None else m.note))
    if not GNU_TIME:
        lines.append("")
        lines.append("Peak RSS from wait4 (GNU time not installed: `apt-get install time`): an upper "
                     "bound that includes the benchmark's own Python process (~15 MB).")
    lines.append("")
    lines.append("All measurements (median, min–max; peak RSS: the largest of three runs):")
    lines.append("")
    lines.append("| command | median | min | max | CPU (median) | peak RSS | note |")
    lines.append("|---|---|---|---|---|---|---|")
    for g in groups:
        for m in g:
            if m.available and m.times:
                lines.append("| %s | %s | %s | %s | %s | %.1f MB | %s |" % (
                    m.label, fmt_s(m.median), fmt_s(min(m.times)), fmt_s(max(m.times)),
                    fmt_s(m.cpu_median), m.peak_mb,
                    {True: "stdout = Alembic's", False: "stdout differs from Alembic's"}.get(
                        same_output.get(m.label), "")))
            else:
                lines.append("| %s | — | — | — | — | — | %s |" % (m.label, m.note))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
