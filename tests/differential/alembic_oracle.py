"""Alembic's answers for a project written by bench/generate_repo.py, computed in-process
with Debian's Alembic 1.8.1 (the reference of alembic-semantics.md).

Three adjustments make Alembic's answer the one Stepwise must give; each is a ⚑ rule of
the spec, and nothing else of Alembic is changed:
  * load order: files are read sorted by name (§1.2 ⚑, Alembic >= 1.10) instead of in
    directory-listing order;
  * text output: a revision's label set prints its declared labels first, then inherited
    ones in load order of their declaring revision (§1.6 ⚑), and children (`Branches into:`,
    `branches`) print in load order (§1.3 ⚑, §5.2) - Alembic prints both in hash order;
  * for the native twin: the message and long doc are the native `-- message:` and the
    `Path:` is the .sql file (a native revision's long doc is its message,
    core/repository/revision.h).
Everything else (planning, version-table rows, error texts) is Alembic's own, run through
`alembic.command` on a throwaway SQLite file.
"""
import contextlib
import io
import json
import os
import sqlite3
import sys
import warnings

from alembic import command as alembic_command
from alembic.config import CommandLine, Config
from alembic.runtime import migration as _migration
from alembic.script import base as _script_base
from alembic.util import messaging as _messaging
from alembic import util as _alembic_util

_messaging.TERMWIDTH = None          # never wrap FAILED: lines (stdin is not a terminal)

# ---------------------------------------------------------------- global patches

_orig_list_py_dir = _script_base.Script._list_py_dir.__func__
_orig_from_config = _script_base.ScriptDirectory.from_config.__func__
_orig_update_to_step = _migration.HeadMaintainer.update_to_step

_STATE = {"sd": None, "native_docs": None, "steps": None}


def _sorted_list_py_dir(cls, scriptdir, path):
    return sorted(_orig_list_py_dir(cls, scriptdir, path))


def _cached_from_config(cls, config):
    if _STATE["sd"] is not None:
        return _STATE["sd"]
    return _orig_from_config(cls, config)


def _recording_update_to_step(self, step):
    if _STATE["steps"] is not None:
        if isinstance(step, _migration.StampStep):
            rec = {"direction": "stamp", "from": list(step.from_), "to": list(step.to_)}
        else:
            rec = {"revision": step.revision.revision,
                   "direction": "up" if step.is_upgrade else "down"}
        rec["rows"] = []                 # version-table statements, as stepwise's JSON has them
        _STATE["steps"].append(rec)
    return _orig_update_to_step(self, step)


def _recording(name, make):
    orig = getattr(_migration.HeadMaintainer, name)

    def wrapper(self, *args):
        if _STATE["steps"]:
            _STATE["steps"][-1]["rows"].append(make(*args))
        return orig(self, *args)
    setattr(_migration.HeadMaintainer, name, wrapper)


_recording("_insert_version", lambda v: {"op": "insert", "to": v})
_recording("_delete_version", lambda v: {"op": "delete", "from": v})
_recording("_update_version", lambda a, b: {"op": "update", "from": a, "to": b})


_orig_longdoc = _script_base.Script.longdoc


def _longdoc(self):
    nd = _STATE["native_docs"]
    if nd is not None:
        return nd[self.revision]
    return _orig_longdoc.fget(self)


_script_base.Script._list_py_dir = classmethod(_sorted_list_py_dir)
_script_base.ScriptDirectory.from_config = classmethod(_cached_from_config)
_migration.HeadMaintainer.update_to_step = _recording_update_to_step
_script_base.Script.longdoc = property(_longdoc)


class _Out(io.StringIO):
    """stdout stand-in that Alembic's write_outstream treats as UTF-8."""
    encoding = "utf-8"


class Crash(Exception):
    pass


# ---------------------------------------------------------------- graph helpers

class Graph:
    """graph.json of a generated pair, in load order."""

    def __init__(self, root):
        with open(os.path.join(root, "graph.json"), encoding="utf-8") as f:
            self.data = json.load(f)
        self.revs = self.data["revisions"]
        self.order = [r["id"] for r in self.revs]
        self.pos = {rid: i for i, rid in enumerate(self.order)}
        self.by_id = {r["id"]: r for r in self.revs}
        self.label_owner = {}
        for r in self.revs:
            for lab in r["branch_labels"]:
                self.label_owner[lab] = r["id"]
        self.labels = list(self.label_owner)
        self.children = {rid: [] for rid in self.order}
        for r in self.revs:
            for p in r["parents"]:
                self.children[p].append(r["id"])
        self._anc = {}

    def resolve(self, x):
        return self.label_owner.get(x, x)

    def below(self, rid):
        r = self.by_id[rid]
        return r["parents"] + [self.resolve(d) for d in r["depends_on"]]

    def anc(self, rid):
        """ancestors through parents and dependencies, rid included"""
        if rid not in self._anc:
            out, todo = set(), [rid]
            while todo:
                x = todo.pop()
                if x in out:
                    continue
                out.add(x)
                todo.extend(self.below(x))
            self._anc[rid] = out
        return self._anc[rid]

    def applied(self, rows):
        s = set()
        for r in rows:
            s |= self.anc(r)
        return s

    def maximal(self, applied):
        """the rows Stepwise keeps for an applied set (alembic-semantics §3.1 invariant)"""
        return {r for r in applied if not any(r != x and r in self.anc(x) for x in applied)}

    def versioned_desc(self, rid):
        out, todo = set(), [rid]
        while todo:
            x = todo.pop()
            if x not in out:
                out.add(x)
                todo.extend(self.children[x])
        return out


# ---------------------------------------------------------------- the oracle

class Oracle:
    def __init__(self, root, workdir):
        self.root = os.path.realpath(root)
        self.graph = Graph(self.root)
        self.workdir = workdir
        self.proj = os.path.join(self.root, "alembic")
        self.native = os.path.join(self.root, "native")
        self.ini = os.path.join(self.proj, "alembic.ini")
        self.script_location = os.path.join(self.proj, "migrations")
        self.db = os.path.join(workdir, "oracle.sqlite")
        self.native_docs = {r["id"]: r["native_message"] for r in self.graph.revs}
        self._text_sd = None
        self._plan_sd = None

    # -- configs and script directories
    def _config(self, stdout=None, cmd_opts=None):
        cfg = Config(file_=self.ini, cmd_opts=cmd_opts, stdout=stdout or sys.stdout)
        cfg.file_config                     # read the ini (logging config not applied)
        cfg.config_file_name = None         # so env.py skips fileConfig: no log noise
        cfg.set_main_option("script_location", self.script_location)
        cfg.set_main_option("sqlalchemy.url", "sqlite:///" + self.db)
        return cfg

    def load(self):
        """Build Alembic's revision map; raises Crash if Alembic cannot load the project."""
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._plan_sd = _orig_from_config(_script_base.ScriptDirectory, self._config())
                self._plan_sd.revision_map.heads
                self._text_sd = _orig_from_config(_script_base.ScriptDirectory, self._config())
                rm = self._text_sd.revision_map
                rm.heads
        except Exception as e:   # noqa: BLE001 - any Alembic failure is a classification
            raise Crash("%s: %s" % (type(e).__name__, e))
        g = self.graph
        loaded = [sc.revision for sc in self._text_sd.walk_revisions()]
        if sorted(loaded) != sorted(g.order):
            raise Crash("Alembic loaded %d revisions, graph.json has %d" % (len(loaded), len(g.order)))
        # ⚑ display orders (§1.6, §1.3): applied to the text copy only
        for rid in g.order:
            sc = self._text_sd.get_revision(rid)
            declared = list(g.by_id[rid]["branch_labels"])
            inherited = [lab for lab in sc.branch_labels if lab not in declared]
            inherited.sort(key=lambda lab: (g.pos[g.label_owner[lab]],
                                            g.by_id[g.label_owner[lab]]["branch_labels"].index(lab)))
            sc.branch_labels = tuple(declared + inherited)
            sc.nextrev = tuple(sorted(sc.nextrev, key=lambda c: g.pos[c]))
            sc._alembic_path = sc.path
            sc._native_path = os.path.join(self.native, "versions", g.by_id[rid]["stem"] + ".sql")
        return self

    # -- text commands
    def text(self, argv, native=False):
        """stdout of `alembic ARGV` and its exit code (255 for FAILED:, 1 for a crash)."""
        sd = self._text_sd
        for rid in self.graph.order:
            sc = sd.get_revision(rid)
            sc.path = sc._native_path if native else sc._alembic_path
        out = _Out()
        cl = CommandLine(prog="alembic")
        code = 0
        crash = None
        _STATE["sd"] = sd
        _STATE["native_docs"] = self.native_docs if native else None
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()), \
                    warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    options = cl.parser.parse_args(argv)
                    cfg = self._config(stdout=out, cmd_opts=options)
                    cl.run_cmd(cfg, options)
                except SystemExit as e:
                    code = e.code if isinstance(e.code, int) else 1
                    code &= 0xFF
                except Exception as e:   # noqa: BLE001
                    code = 1
                    crash = "%s: %s" % (type(e).__name__, e)
        finally:
            _STATE["sd"] = None
            _STATE["native_docs"] = None
        return out.getvalue(), code, crash

    # -- plans
    def _set_rows(self, rows):
        if os.path.exists(self.db):
            os.remove(self.db)
        con = sqlite3.connect(self.db)
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")
        for r in rows:
            con.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (r,))
        con.commit()
        con.close()

    def _rows(self):
        con = sqlite3.connect(self.db)
        try:
            return [r[0] for r in con.execute("SELECT version_num FROM alembic_version ORDER BY rowid")]
        finally:
            con.close()

    def planned_steps(self, cmd, targets, rows):
        """Alembic's step list from its planner alone (used when running it crashed)."""
        sd = self._plan_sd
        try:
            if cmd == "upgrade":
                steps = sd._upgrade_revs(targets[0], tuple(rows))
            elif cmd == "downgrade":
                steps = sd._downgrade_revs(targets[0], tuple(rows))
            else:
                return None
            return [{"revision": s.revision.revision, "direction": "up" if s.is_upgrade else "down"}
                    for s in steps]
        except Exception:   # noqa: BLE001
            return None

    def plan(self, cmd, targets, rows, purge=False):
        """Run `alembic CMD TARGETS` online against rows; return a dict:
        kind ok|refused|crash, steps, rows, error, warnings."""
        self._set_rows(rows)
        cfg = self._config()
        steps = []
        _STATE["steps"] = steps
        _STATE["sd"] = self._plan_sd
        res = {"kind": "ok", "error": None, "warnings": []}
        try:
            with warnings.catch_warnings(record=True) as wlist, \
                    contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                warnings.simplefilter("always")
                try:
                    if cmd == "upgrade":
                        alembic_command.upgrade(cfg, targets[0])
                    elif cmd == "downgrade":
                        alembic_command.downgrade(cfg, targets[0])
                    else:
                        alembic_command.stamp(cfg, targets if len(targets) > 1 else targets[0],
                                              purge=purge)
                except _alembic_util.CommandError as e:
                    res["kind"] = "refused"
                    res["error"] = str(e)
                except Exception as e:   # noqa: BLE001
                    res["kind"] = "crash"
                    res["error"] = "%s: %s" % (type(e).__name__, e)
                    res["exception"] = type(e).__name__
            res["warnings"] = [str(w.message) for w in wlist
                               if "from multiple heads is ambiguous" in str(w.message)]
        finally:
            _STATE["steps"] = None
            _STATE["sd"] = None
        res["steps"] = steps
        res["rows"] = self._rows()
        return res
