#!/usr/bin/python3
"""Write one revision graph in both formats, side by side.

    generate_repo.py OUT --shape synthetic --count N [--seed S]
    generate_repo.py OUT --shape random --seed S [--count N]

OUT/alembic/   an Alembic project: alembic.ini (script_location = migrations),
               migrations/env.py (online SQLite/PostgreSQL and offline --sql,
               transaction_per_migration=True), migrations/script.py.mako,
               migrations/versions/<rev>_<slug>.py
OUT/native/    the Stepwise twin: stepwise.ini, versions/<rev>_<slug>.sql
OUT/graph.json the graph in load order (what a reader of either project must find)

Both projects hold the same revisions, the same SQL and file names that differ only in
their extension, so sorted file names (the load order, alembic-semantics.md 1.2) are the
same in both. Output is a pure function of the arguments.

Shapes
  synthetic  quality.md's anchor: a main line with a two-revision side branch forked and
             merged back every 50 revisions; each revision creates a table, an index and
             inserts one row (down drops the table).
  random     graphs for differential testing: several bases, open heads, 2- and 3-parent
             merges, criss-cross merges, branch labels (declared on one revision, sometimes
             two on one), depends_on on ids and on labels (sometimes redundant: on an
             ancestor), ids that share prefixes, differ only in case, are short, long or not
             hex, messages empty / multi-line / multi-paragraph / with punctuation and
             non-ASCII, and the revision-file styles Alembic's templates have written
             (classic, typed, black-formatted with double quotes and split tuples, the
             0.7-era form with u'' strings before the imports, and a CRLF file with the
             odd literal forms of alembic-semantics.md 6.3).
             Never generated, because Alembic crashes or Stepwise refuses them on purpose
             (alembic-semantics.md 1.7): cycles, duplicate ids or labels, unknown parents or
             dependencies, ids that are keywords / longer than 32 / not [A-Za-z0-9_],
             labels with '@:+-, ', merges of a revision with its own ancestor.
             Kept (the harness classifies what Alembic gets wrong on them): dependencies on
             ancestors, merges whose parents overlap through dependencies.
Only the Python standard library is used.
"""
import argparse
import json
import os
import random
import re
import shutil
import sys

CREATED = "2026-01-01 00:00:00.000000"
CREATED_ISO = "2026-01-01T00:00:00Z"
KEYWORDS = {"head", "heads", "base", "current"}

ALEMBIC_INI = """# A generated Alembic project (bench/generate_repo.py).
[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os
sqlalchemy.url = sqlite:///db.sqlite

[post_write_hooks]

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
"""

# Alembic's "generic" env.py, with transaction_per_migration=True written as a literal
# (quality.md's anchors use it) and the URL overridable with -x url=... .
ENV_PY = '''from logging.config import fileConfig

from sqlalchemy import engine_from_config
from sqlalchemy import pool

from alembic import context

config = context.config

if config.config_file_name is not None:
    fileConfig(config.config_file_name)

target_metadata = None


def _url():
    return context.get_x_argument(as_dictionary=True).get(
        "url", config.get_main_option("sqlalchemy.url")
    )


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        transaction_per_migration=True,
    )

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    section = config.get_section(config.config_ini_section)
    section["sqlalchemy.url"] = _url()
    connectable = engine_from_config(
        section,
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )

    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            transaction_per_migration=True,
        )

        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
'''

# Alembic 1.8.1's generic script.py.mako, verbatim in content.
SCRIPT_MAKO = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
'''

NATIVE_INI = """; A generated Stepwise project (bench/generate_repo.py).
[repository]
versions = versions
dialect = sqlite

[database]
url = sqlite:///db.sqlite
transaction_per_migration = true
"""


# --------------------------------------------------------------------------- graph model

class Rev:
    def __init__(self, rid, parents=(), deps=(), labels=(), msg="", style="classic"):
        self.id = rid
        self.parents = tuple(parents)
        self.deps = tuple(deps)          # as written: ids or labels
        self.labels = tuple(labels)
        self.msg = msg                   # the docstring's first paragraph(s), see doc_text
        self.style = style
        self.up = []                     # SQL statements
        self.down = []
        self.index = 0                   # creation index

    def slug(self):
        words = re.findall(r"[A-Za-z0-9]+", self.first_paragraph())
        slug = "_".join(words).lower()
        if len(slug) > 40:
            slug = slug[:40].rsplit("_", 1)[0] + "_"
        return slug

    def stem(self):
        return "%s_%s" % (self.id, self.slug())

    def first_paragraph(self):
        return self.msg.split("\n\n")[0]

    def native_message(self):
        # a native header holds one line: the first paragraph, its lines joined
        return " ".join(self.first_paragraph().split("\n"))


# --------------------------------------------------------------------------- synthetic

def synthetic(count, seed):
    rng = random.Random("synthetic-%d" % seed)
    used = set()

    def new_id():
        while True:
            rid = "%012x" % rng.getrandbits(48)
            if rid not in used and not rid.isdigit():
                used.add(rid)
                return rid

    revs = []

    def add(parents):
        r = Rev(new_id(), parents)
        r.index = len(revs) + 1
        t = "t_%05d" % r.index
        r.msg = "create table %s" % t
        r.up = ["CREATE TABLE %s (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)" % t,
                "CREATE INDEX ix_%s_name ON %s (name)" % (t, t),
                "INSERT INTO %s (id, name) VALUES (1, '%s')" % (t, r.id)]
        r.down = ["DROP TABLE %s" % t]
        revs.append(r)
        return r

    tip = None
    while len(revs) < count:
        left = count - len(revs)
        if left >= 50:
            # 46 on the main line, then: side a, side b (forked at the tip),
            # main c (also from the tip), merge (c, b): 50 revisions per block.
            for _ in range(46):
                tip = add((tip.id,) if tip else ())
            fork = tip
            a = add((fork.id,))
            b = add((a.id,))
            c = add((fork.id,))
            tip = add((c.id, b.id))
        else:
            for _ in range(left):
                tip = add((tip.id,) if tip else ())
    return revs


# --------------------------------------------------------------------------- random

MESSAGES = [
    "add accounts table", "create users", "index on email", "drop legacy column",
    "rename orders to purchases", "backfill totals",
    "",
    "first line of message\nsecond line of same paragraph",
    "short summary\n\nA longer explanation in a second paragraph.\nIt has two lines.",
    "Fix: users' e-mail (v2) - done!",
    "a, b; c: d -> e",
    "50% faster & safer? #42 [draft] {x}",
    "merge branches",
    "caf\u00e9 na\u00efve \u2014 unicode",
    "(head) looks like a flag",
    "x",
]

LABEL_WORDS = ["core", "feature", "feature_x", "billing", "LA", "lb", "fx", "ops", "Core2",
               "reporting", "rep", "audit", "a1b2", "zeta", "exp_9"]


def _word(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def random_ids(rng, n):
    hexd = "0123456789abcdef"
    word = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
    out, seen = [], set()

    def take(rid):
        if (rid and rid not in seen and rid not in KEYWORDS and len(rid) <= 32
                and re.fullmatch(r"[A-Za-z0-9_]+", rid)):
            seen.add(rid)
            out.append(rid)
            return True
        return False

    while len(out) < n:
        k = rng.random()
        if k < 0.35:
            take(_word(rng, hexd, 12))
        elif k < 0.50:                         # a family sharing a 4-char prefix
            base = _word(rng, hexd, 4)
            for _ in range(rng.randint(2, 3)):
                take(base + _word(rng, hexd, rng.choice([2, 2, 8])))
        elif k < 0.58:                         # ids differing only in case
            w = _word(rng, "abcdef0123456789", rng.choice([4, 6]))
            take(w)
            take(w.upper())
        elif k < 0.75:                         # short, not hex
            take(_word(rng, "ghijklmnopqrstuvwxyz", 1) + _word(rng, word, rng.randint(0, 3)))
        elif k < 0.85:                         # long
            take(_word(rng, word, rng.randint(20, 32)))
        else:                                  # readable words with underscores
            take("%s_%d" % (rng.choice(["rev", "step", "Init", "x"]), rng.randint(0, 99)))
    out = out[:n]
    rng.shuffle(out)
    return out


def random_graph(seed, count=None):
    rng = random.Random("random-%d" % seed)
    n = count or rng.randint(14, 34)
    ids = random_ids(rng, n)
    revs, by_id = [], {}
    children = {}
    anc_cache = {}
    label_owner = {}
    labels_free = [w for w in LABEL_WORDS if w not in ids]
    rng.shuffle(labels_free)

    def resolve(x):
        return label_owner.get(x, x)

    def anc(rid):
        # ancestors through parents and dependencies, rid included
        if rid not in anc_cache:
            r = by_id[rid]
            s = {rid}
            for p in r.parents + tuple(resolve(d) for d in r.deps):
                s |= anc(p)
            anc_cache[rid] = s
        return anc_cache[rid]

    def heads():
        return [r.id for r in revs if not children.get(r.id)]

    def independent(cands, k):
        rng.shuffle(cands)
        chosen = []
        for c in cands:
            if all(c not in anc(x) and x not in anc(c) for x in chosen):
                chosen.append(c)
            if len(chosen) == k:
                return chosen
        return None

    crisscross_at = rng.randint(n // 3, n - 3) if rng.random() < 0.75 and n > 8 else -1
    i = 0
    while i < n:
        rid = ids[i]
        earlier = [r.id for r in revs]
        pending = []
        if i == crisscross_at and i + 1 < n:
            pair = independent(list(earlier), 2)
            if pair:
                a, b = pair
                pending = [(ids[i], (a, b)), (ids[i + 1], (b, a))]
            else:
                crisscross_at += 1               # no independent pair yet: try later
        if not pending:
            roll = rng.random()
            if not revs or roll < 0.07:
                parents = ()
            elif roll < 0.27 and len(heads()) >= 2:
                k = 3 if rng.random() < 0.25 and len(heads()) >= 3 else 2
                parents = tuple(independent(heads(), k) or (rng.choice(earlier),))
            elif roll < 0.75:
                parents = (rng.choice(heads()),)
            else:
                parents = (rng.choice(earlier),)
            pending = [(rid, parents)]
        for rid, parents in pending:
            r = Rev(rid, parents)
            r.index = len(revs) + 1
            by_id[rid] = r
            above = set()
            for p in parents:
                above |= anc(p)
            cands = [x for x in earlier if x not in parents]
            if cands and rng.random() < 0.18:
                if rng.random() < 0.8:
                    free = [x for x in cands if x not in above] or cands
                    d = rng.choice(free)
                else:
                    d = rng.choice(cands)        # possibly redundant (an ancestor)
                owner_labels = by_id[d].labels
                if owner_labels and rng.random() < 0.6:
                    d = owner_labels[0]          # depends_on written as a label
                r.deps = (d,)
                if rng.random() < 0.15:
                    more = [x for x in cands if x != resolve(d)]
                    if more:
                        r.deps += (rng.choice(more),)
            if labels_free and rng.random() < 0.14:
                k = 2 if rng.random() < 0.2 and len(labels_free) >= 2 else 1
                r.labels = tuple(labels_free.pop() for _ in range(k))
                for lab in r.labels:
                    label_owner[lab] = rid
            r.msg = rng.choice(MESSAGES) if rng.random() < 0.6 else "revision %s" % r.index
            r.style = rng.choice(["classic", "classic", "typed", "typed2", "black", "old", "quirky"])
            t = "t_%03d" % r.index
            r.up = ["CREATE TABLE IF NOT EXISTS %s (id INTEGER PRIMARY KEY, name VARCHAR(40))" % t,
                    "INSERT INTO %s (name) VALUES ('%s')" % (t, rid)]
            r.down = ["DROP TABLE IF EXISTS %s" % t]
            revs.append(r)
            for p in parents:
                children.setdefault(p, []).append(rid)
            i += 1
    return revs


# --------------------------------------------------------------------------- writers

def py_str(s, double):
    if double:
        return '"%s"' % s
    return repr(s)


def py_value(v, double, kind):
    """v: None, str or tuple; kind 'down' (tuple), 'labels' (tuple), 'deps' (list)."""
    if v is None:
        return "None"
    if isinstance(v, str):
        return py_str(v, double)
    items = [py_str(x, double) for x in v]
    if kind == "deps":
        return "[%s]" % ", ".join(items)
    if double and len(items) >= 2:                 # black splits merges over lines
        return "(\n" + "".join("    %s,\n" % x for x in items) + ")"
    if len(items) == 1:
        return "(%s,)" % items[0]
    return "(%s)" % ", ".join(items)


def python_file(r):
    if r.style == "old":
        return python_file_old(r)
    if r.style == "quirky":
        return python_file_quirky(r)
    down = None if not r.parents else (r.parents[0] if len(r.parents) == 1 else r.parents)
    labels = r.labels or None
    deps = None if not r.deps else (r.deps[0] if len(r.deps) == 1 else r.deps)
    double = r.style == "black"
    head = '"""%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n\n"""\n' % (
        r.msg, r.id, ", ".join(r.parents), CREATED)
    lines = [head]
    if r.style in ("typed", "typed2"):
        lines.append("from typing import Sequence, Union\n\n")
    lines.append("from alembic import op\nimport sqlalchemy as sa\n\n\n")
    lines.append("# revision identifiers, used by Alembic.\n")
    dv = py_value(down, double, "down")
    lv = py_value(labels, double, "labels")
    pv = py_value(deps, double, "deps")
    if r.style == "typed":
        lines.append("revision: str = %s\n" % py_str(r.id, double))
        lines.append("down_revision: Union[str, None] = %s\n" % dv)
        lines.append("branch_labels: Union[str, Sequence[str], None] = %s\n" % lv)
        lines.append("depends_on: Union[str, Sequence[str], None] = %s\n" % pv)
    elif r.style == "typed2":
        lines.append("revision: str = %s\n" % py_str(r.id, double))
        lines.append("down_revision: Union[str, Sequence[str], None] = %s\n" % dv)
        lines.append("branch_labels: Union[str, Sequence[str], None] = %s\n" % lv)
        lines.append("depends_on: Union[str, Sequence[str], None] = %s\n" % pv)
    else:
        lines.append("revision = %s\n" % py_str(r.id, double))
        lines.append("down_revision = %s\n" % dv)
        lines.append("branch_labels = %s\n" % lv)
        lines.append("depends_on = %s\n" % pv)

    def body(stmts):
        return "".join("    op.execute(%s)\n" % json.dumps(s) for s in stmts) or "    pass\n"
    lines.append("\n\ndef upgrade() -> None:\n")
    lines.append(body(r.up))
    lines.append("\n\ndef downgrade() -> None:\n")
    lines.append(body(r.down))
    return "".join(lines)


def _docstring(r):
    return '"""%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n\n"""\n' % (
        r.msg, r.id, ", ".join(r.parents), CREATED)


def _body(stmts):
    return "".join("    op.execute(%s)\n" % json.dumps(s) for s in stmts) or "    pass\n"


def python_file_old(r):
    """Alembic 0.7-0.8.7 / Python 2 era: coding line, assignments before the imports,
    u'' strings, functions without annotations."""
    def u(x):
        return "u'%s'" % x

    def val(v):
        if not v:
            return "None"
        if len(v) == 1:
            return u(v[0])
        return "(%s)" % ", ".join(u(x) for x in v)
    return "".join([
        "# -*- coding: utf-8 -*-\n", _docstring(r), "\n",
        "# revision identifiers, used by Alembic.\n",
        "revision = %s\n" % u(r.id),
        "down_revision = %s\n" % val(r.parents),
        "branch_labels = %s\n" % ("(%s,)" % ", ".join(u(x) for x in r.labels) if r.labels else "None"),
        "depends_on = %s\n" % val(r.deps),
        "\nfrom alembic import op\nimport sqlalchemy as sa\n\n\n",
        "def upgrade():\n", _body(r.up), "\n\ndef downgrade():\n", _body(r.down)])


def python_file_quirky(r):
    """Literal forms alembic-semantics.md 6.3 says a static reader must accept: CRLF, an
    BOM, an annotation without value, ';'-separated statements, trailing comments, a parenthesised
    single string, tuples spread over lines with comments between items, a label as a plain
    string, a reassignment (the last one wins)."""
    out = [_docstring(r), "from alembic import op\nimport sqlalchemy as sa\n\n",
           "branch_labels: tuple[str, ...] | None\n",
           "revision = 'placeholder'  # replaced below\n"]
    if len(r.parents) <= 1:
        down = '("%s")' % r.parents[0] if r.parents else "None"
        out.append("revision = '%s'; down_revision = %s  # one parent\n" % (r.id, down))
    else:
        out.append("revision = '%s'\ndown_revision = (\n" % r.id)
        for i, p in enumerate(r.parents):
            out.append("    '%s',  # parent %d\n" % (p, i + 1))
            if i == 0:
                out.append("    # the other side of the merge\n")
        out.append(")\n")
    if len(r.labels) == 1:
        out.append("branch_labels = %r\n" % r.labels[0])
    else:
        out.append("branch_labels = %s\n" % (repr(tuple(r.labels)) if r.labels else "None"))
    out.append("depends_on = %s\n" % (repr(tuple(r.deps)) if r.deps else "None"))
    out.extend(["\n\ndef upgrade():\n", _body(r.up), "\n\ndef downgrade():\n", _body(r.down)])
    return "\ufeff" + "".join(out).replace("\n", "\r\n")


def native_file(r):
    out = ["-- revision: %s\n" % r.id,
           "-- parents: %s\n" % ",".join(r.parents) if r.parents else "-- parents:\n"]
    if r.native_message():
        out.append("-- message: %s\n" % r.native_message())
    out.append("-- created: %s\n" % CREATED_ISO)
    if r.labels:
        out.append("-- branch_labels: %s\n" % ",".join(r.labels))
    if r.deps:
        out.append("-- depends_on: %s\n" % ",".join(r.deps))
    out.append("\n-- migrate:up\n")
    out.extend("%s;\n" % s for s in r.up)
    out.append("\n-- migrate:down\n")
    out.extend("%s;\n" % s for s in r.down)
    return "".join(out)


def write(out, revs, shape, seed):
    if os.path.exists(out):
        shutil.rmtree(out)
    apath = os.path.join(out, "alembic")
    npath = os.path.join(out, "native")
    os.makedirs(os.path.join(apath, "migrations", "versions"))
    os.makedirs(os.path.join(npath, "versions"))
    with open(os.path.join(apath, "alembic.ini"), "w") as f:
        f.write(ALEMBIC_INI)
    with open(os.path.join(apath, "migrations", "env.py"), "w") as f:
        f.write(ENV_PY)
    with open(os.path.join(apath, "migrations", "script.py.mako"), "w") as f:
        f.write(SCRIPT_MAKO)
    with open(os.path.join(npath, "stepwise.ini"), "w") as f:
        f.write(NATIVE_INI)
    for r in revs:
        with open(os.path.join(apath, "migrations", "versions", r.stem() + ".py"), "w",
                  encoding="utf-8", newline="") as f:
            f.write(python_file(r))
        with open(os.path.join(npath, "versions", r.stem() + ".sql"), "w",
                  encoding="utf-8") as f:
            f.write(native_file(r))
    order = sorted(revs, key=lambda r: r.stem())
    graph = {
        "shape": shape, "seed": seed, "count": len(revs),
        "revisions": [dict(id=r.id, parents=list(r.parents), depends_on=list(r.deps),
                           branch_labels=list(r.labels), message=r.first_paragraph(),
                           native_message=r.native_message(), stem=r.stem(),
                           created_index=r.index, style=r.style)
                      for r in order],
    }
    with open(os.path.join(out, "graph.json"), "w", encoding="utf-8") as f:
        json.dump(graph, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return graph


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="output folder (replaced)")
    ap.add_argument("--shape", choices=["synthetic", "random"], required=True)
    ap.add_argument("--count", type=int, help="revisions (synthetic: required)")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    if a.shape == "synthetic":
        if not a.count or a.count < 1:
            ap.error("--shape synthetic needs --count N")
        revs = synthetic(a.count, a.seed)
    else:
        revs = random_graph(a.seed, a.count)
    write(a.out, revs, a.shape, a.seed)
    print("%s: %d revisions (%s, seed %d)" % (a.out, len(revs), a.shape, a.seed),
          file=sys.stderr)


if __name__ == "__main__":
    main()
