#!/usr/bin/env python3
"""Train the CRF named-entity recogniser shipped in ``src/marsad/resources/ner/``
(``anercorp_crf_stage1.crfsuite`` + ``anercorp_crf.crfsuite``) and score it on the ANERcorp
test split.

Labels: PER / ORG / LOC. MISC (ANERcorp), the MIS0-3 classes (AQMAR) and every other type
are mapped to O, in training and in scoring alike.

Training data (only corpora whose licence allows shipping a derived model go into the
packaged models; see ``src/marsad/resources/ner/README.md``):

- ``newsfane`` (default) NewsFANE Gold 2014, CC BY-SA 3.0: newswire, largely the ANERcorp
  text re-annotated with 50 fine classes and partly segmented (و / ه / ها ... split off).
  Its clitics are written back onto their words (tokens then look like running text and
  like ANERcorp), the fine classes mapped to PER/ORG/LOC (``--government`` decides the
  ministries/armies class), and EVERY sentence whose text overlaps the ANERcorp test split
  is dropped (character 20-gram overlap >= 30 %), so no test sentence is trained on under
  either annotation.
- ``aqmar``  AQMAR Arabic Wikipedia NER corpus (CC BY-SA 3.0) - allowed, lowers dev F1.
- ``wojood`` Wojood public sample (MIT), outermost PER/ORG/GPE/LOC level - allowed, lowers dev F1.
- ``anercorp`` ANERcorp train split (no licence stated; research use with citation) - only
  with ``--allow-anercorp-train`` and ``--out-dir`` elsewhere: for comparison, never shipped.

Model: stage 1 is a CRF over sentence features (``marsad.text.ner.token_features``);
stage 2 a CRF over the same features plus document features computed from stage-1 labels
(``marsad.text.ner.doc_features``). Stage 2 is trained on stage-1 labels produced by
5-fold jackknifing (each fold tagged by a stage-1 model that did not see it).

Tuning: a dev slice carved from the ANERcorp TRAIN split (its last 10 % of sentences, with
ANERcorp labels; NewsFANE sentences overlapping it are held out while tuning) picks stage-1
c1/c2 on a grid, then stage-2 c1. The final models are trained on all the training data and
scored once on the ANERcorp test split (entity level, exact span match, conlleval chunking).
Deterministic: fixed order, L-BFGS, no sampling; worker processes only parallelise
independent fits.

    .venv/bin/python scripts/train_ner.py                          # tune, train, score (~11 min, 2 cores)
    .venv/bin/python scripts/train_ner.py --c1 0.05 --c2 0.03 --c1-stage2 0.05   # no tuning (~3 min)
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.text.ner import LABELS, MODEL, STAGE1_MODEL, bio_spans, doc_features, token_features  # noqa: E402
from marsad.text.normalize import normalize_string  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data/ner")
DEFAULT_OUT_DIR = ROOT / "src" / "marsad" / "resources" / "ner"
SHIPPABLE = ("newsfane", "aqmar", "wojood")
GRID_C1 = (0.02, 0.05, 0.1, 0.2)
GRID_C2 = (0.005, 0.01, 0.03)
GRID_C1_STAGE2 = (0.05, 0.1, 0.2, 0.4)

Sentence = list[tuple[str, str]]  # (token, BIO tag over PER/ORG/LOC)


# -- reading ----------------------------------------------------------------------------------

def read_columns(path: Path, sep: str | None = None, encoding: str = "utf-8") -> list[list[list[str]]]:
    """Blank-line separated sentences of whitespace (or ``sep``) separated columns."""
    text = path.read_text(encoding=encoding).replace("\r\n", "\n")
    sentences, cur = [], []
    for line in text.split("\n"):
        if not line.strip():
            if cur:
                sentences.append(cur)
                cur = []
            continue
        parts = line.strip().split(sep) if sep else line.split()
        parts = [p.strip().replace("\u200e", "").replace("\u200f", "") for p in parts]
        if parts and parts[0]:
            cur.append(parts)
    if cur:
        sentences.append(cur)
    return sentences


def _bio(tag: str, mapping) -> str:
    if tag in ("O", "") or "-" not in tag:
        return "O"
    prefix, typ = tag.split("-", 1)
    label = mapping(typ)
    return f"{prefix}-{label}" if label and prefix in ("B", "I") else "O"


def _repair(tags: list[str]) -> list[str]:
    """IOB2: an I- that does not continue its type becomes B-."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


ANERCORP_MAP = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}


def read_two_columns(path: Path, mapping: dict[str, str]) -> list[Sentence]:
    """Token-and-tag files (ANERcorp, AQMAR), tags mapped to PER/ORG/LOC and repaired to valid BIO."""
    out = []
    for sent in read_columns(path):
        toks = [p[0] for p in sent]
        tags = _repair([_bio(p[1] if len(p) > 1 else "O", mapping.get) for p in sent])
        out.append(list(zip(toks, tags)))
    return out


AQMAR_MAP = {"PER": "PER", "ORG": "ORG", "-ORG": "ORG", "LOC": "LOC"}


WOJOOD_MAP = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def read_wojood(paths: list[Path]) -> list[Sentence]:
    out = []
    for path in paths:
        for sent in read_columns(path):
            sent = [p for p in sent if p[0] != "$#$"]
            toks, tags = [], []
            for p in sent:
                toks.append(p[0])
                # outermost nesting level with a type we keep
                kept = [_bio(t, WOJOOD_MAP.get) for t in p[1:]]
                tags.append(next((t for t in kept if t != "O"), "O"))
            if toks:
                out.append(list(zip(toks, _repair(tags))))
    return out


# NewsFANE fine classes -> PER / ORG / LOC (everything else O). Chosen with the ANERcorp
# guidelines in mind: nationalities/groups (Group), facilities, vehicles, weapons, products
# are not PER/ORG/LOC there.
NEWSFANE_MAP = {
    **dict.fromkeys(("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
                     "Police", "Businessperson", "Lawyer", "Engineer"), "PER"),
    **dict.fromkeys(("Non-Governmental", "Sports", "Media", "Commercial", "Educational",
                     "Medical-Science", "Entertainment", "Religious_ORG", "Government"), "ORG"),
    **dict.fromkeys(("Nation", "Population-Center", "State-or-Province", "GPE-Cluster",
                     "County-or-District", "Continent", "Water-Body", "Land-Region-Natural"), "LOC"),
}

_AR = re.compile(r"[\u0621-\u064a]")
_NF_PREFIX = {"و", "ف", "ب", "ل"}
_NF_SUFFIX = {"ه", "ها", "هم", "هما", "هن", "كم", "كن", "نا", "ي", "ني", "ت"}


def _word(t: str) -> bool:
    return bool(_AR.search(t))


def desegment_newsfane(sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Write NewsFANE's split-off clitics back onto their words, as running text has them:
    ``و الصادرات`` -> ``والصادرات``, ``ل الاتحاد`` -> ``للاتحاد``, ``حكومة ه`` -> ``حكومته``,
    ``ك ما`` -> ``كما``. A merged token keeps the tag of its host word. Single-letter
    abbreviations (``د ب ا``, ``ا ف ب``) are left alone."""
    toks = [t for t, _ in sent]
    n = len(toks)
    left: list[tuple[str, str]] = []
    for i, (t, tag) in enumerate(sent):
        nxt = toks[i + 1] if i + 1 < n else ""
        is_suffix = (
            t in _NF_SUFFIX
            or (t == "ن" and nxt in ("ي", "ا"))
            or (t == "ك" and not (nxt == "ما" or nxt.startswith("ال")))
        )
        if is_suffix and left:
            host, host_tag = left[-1]
            single_ctx = t == "ت" and len(nxt) == 1
            if _word(host) and host not in _NF_PREFIX | {"ا", "د", "س", "ك"} and not single_ctx:
                if host.endswith("ة"):
                    host = host[:-1] + "ت"
                elif host.endswith("ى"):
                    host = host[:-1] + "ي"
                left[-1] = (host + t, host_tag)
                continue
        left.append((t, tag))
    right: list[tuple[str, str]] = []
    for j in range(len(left) - 1, -1, -1):
        t, tag = left[j]
        nxt = right[-1] if right else None
        prev = left[j - 1][0] if j > 0 else ""
        in_abbrev = len(prev) == 1 and _word(prev) and prev not in _NF_PREFIX
        is_prefix = (
            t in _NF_PREFIX or t == "ك"
            or (t == "س" and nxt is not None and nxt[0][:1] in "يتنا")
            or (t == "ا" and nxt is not None and len(nxt[0]) >= 3)
        )
        if is_prefix and nxt and _word(nxt[0]) and len(nxt[0]) > 1 and not in_abbrev:
            host, host_tag = right.pop()
            if tag.startswith("B-") and host_tag.startswith("I-"):
                host_tag = "B-" + host_tag[2:]
            if t.endswith("ل") and host.startswith("ال") and len(host) > 2:
                host = host[1:]
            right.append((t + host, host_tag))
            continue
        right.append((t, tag))
    right.reverse()
    return right


def _fix_lam(sentences: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """NewsFANE sometimes writes الل/لل as الال/لال (الالبنانية for اللبنانية); repair a
    token when the repaired form is the commoner one in the corpus itself."""
    freq = Counter(t for s in sentences for t, _ in s)
    out = []
    for s in sentences:
        row = []
        for t, tag in s:
            for bad, good in (("الال", "الل"), ("لال", "لل")):
                if t.startswith(bad):
                    cand = good + t[len(bad):]
                    if freq[cand] > freq[t]:
                        t = cand
                    break
            row.append((t, tag))
        out.append(row)
    return out


def read_newsfane(path: Path, mapping: dict[str, str]) -> list[Sentence]:
    raw = read_columns(path, sep="\t", encoding="utf-8-sig")
    sents = [desegment_newsfane([(p[0], p[1] if len(p) > 1 else "O") for p in s]) for s in raw]
    sents = _fix_lam(sents)
    out = []
    for s in sents:
        tags = _repair([_bio(tag, mapping.get) for _, tag in s])
        out.append([(t, tag) for (t, _), tag in zip(s, tags)])
    return out


# -- overlap with held-out text ---------------------------------------------------------------

_K = 20


def _key(tok: str) -> str:
    return "".join(c for c in normalize_string(tok) if c.isalnum())


def _sentence_key(sent: Sentence) -> str:
    return "".join(_key(t) for t, _ in sent)


def held_out_mask(candidates: list[Sentence], held: list[Sentence], threshold: float = 0.3) -> list[bool]:
    """True for each candidate sentence whose text overlaps ``held`` (share of its character
    20-grams, clitic/spacing/orthography insensitive, found in the held-out text >= threshold).
    Sentences too short for one 20-gram follow the sentence before them."""
    stream = "".join(_sentence_key(s) for s in held)
    grams = {stream[i:i + _K] for i in range(len(stream) - _K + 1)}
    mask, prev = [], False
    for sent in candidates:
        key = _sentence_key(sent)
        sh = [key[i:i + _K] for i in range(len(key) - _K + 1)]
        if not sh:
            mask.append(prev)
            continue
        prev = sum(g in grams for g in sh) / len(sh) >= threshold
        mask.append(prev)
    return mask


# -- scoring ----------------------------------------------------------------------------------

def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Entity-level precision/recall/F1 per type and overall (exact span and type match,
    conlleval chunking)."""
    tp, n_gold, n_pred = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out = {}
    for typ in (*LABELS, "overall"):
        t = sum(tp.values()) if typ == "overall" else tp[typ]
        ng = sum(n_gold.values()) if typ == "overall" else n_gold[typ]
        npred = sum(n_pred.values()) if typ == "overall" else n_pred[typ]
        p = t / npred if npred else 0.0
        r = t / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[typ] = {"precision": 100 * p, "recall": 100 * r, "f1": 100 * f, "gold": ng, "pred": npred, "tp": t}
    return out


def format_scores(scores: dict[str, dict[str, float]]) -> str:
    lines = [f"{'type':8} {'prec':>6} {'rec':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for typ, s in scores.items():
        lines.append(f"{typ:8} {s['precision']:6.2f} {s['recall']:6.2f} {s['f1']:6.2f} {s['gold']:6d} {s['pred']:6d}")
    return "\n".join(lines)


# -- training ---------------------------------------------------------------------------------

# Training data for worker processes (inherited through fork, not pickled).
_POOL_DATA: dict[str, list] = {}


def train(xs, ys, path: Path, c1: float, c2: float, max_iterations: int) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for x, y in zip(xs, ys):
        trainer.append(x, y)
    trainer.set_params({
        "c1": c1, "c2": c2, "max_iterations": max_iterations,
        "feature.possible_transitions": True,
    })
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def tag_all(path: Path, xs) -> list[list[str]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    out = [list(tagger.tag(x)) if x else [] for x in xs]
    tagger.close()
    return out


def _job(job):
    """Worker: train on _POOL_DATA[train_key] (minus rows lo:hi), tag _POOL_DATA[tag_key]
    (or rows lo:hi), return (job id, labels, seconds)."""
    job_id, train_key, lo, hi, tag_key, c1, c2, iters, tmpdir = job
    xs, ys = _POOL_DATA[train_key]
    if lo is not None:
        xs, ys = xs[:lo] + xs[hi:], ys[:lo] + ys[hi:]
    path = Path(tmpdir) / f"{job_id}.crfsuite"
    t = time.perf_counter()
    train(xs, ys, path, c1, c2, iters)
    to_tag = _POOL_DATA[train_key][0][lo:hi] if tag_key is None else _POOL_DATA[tag_key][0]
    labels = tag_all(path, to_tag)
    path.unlink()
    return job_id, labels, time.perf_counter() - t


def run_jobs(jobs, processes: int):
    if processes <= 1:
        return [_job(j) for j in jobs]
    import multiprocessing as mp

    with mp.get_context("fork").Pool(processes) as pool:
        return pool.map(_job, jobs, chunksize=1)


def jackknife(key: str, c1, c2, iters, folds, processes, tmpdir, extra=()) -> tuple[list[list[str]], dict]:
    """Stage-1 labels for every training sentence from models that did not see it
    (contiguous folds, so documents stay together); ``extra`` jobs run in the same pool and
    their labels come back in the dict."""
    xs, _ = _POOL_DATA[key]
    n = len(xs)
    jobs = [(f"jk{k}", key, n * k // folds, n * (k + 1) // folds, None, c1, c2, iters, tmpdir) for k in range(folds)]
    pred: list[list[str]] = [[] for _ in range(n)]
    others = {}
    for job_id, labels, _ in run_jobs(jobs + list(extra), processes):
        if job_id.startswith("jk"):
            k = int(job_id[2:])
            pred[n * k // folds:n * (k + 1) // folds] = labels
        else:
            others[job_id] = labels
    return pred, others


def stage2_features(sentences: list[list[str]], x1, stage1, streams: list[tuple[int, int]]):
    """Stage-1 features + document features, documents never crossing corpus streams."""
    out = []
    for lo, hi in streams:
        docf = doc_features(sentences[lo:hi], stage1[lo:hi])
        out.extend([a + b for a, b in zip(f, d)] for f, d in zip(x1[lo:hi], docf))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR,
                    help=f"where {MODEL} and {STAGE1_MODEL} are written")
    ap.add_argument("--sources", default="newsfane",
                    help="comma-separated training corpora: newsfane,aqmar,wojood,anercorp")
    ap.add_argument("--allow-anercorp-train", action="store_true",
                    help="permit 'anercorp' in --sources (comparison only: its licence does not say a "
                         "derived model may be shipped)")
    ap.add_argument("--government", choices=("ORG", "O"), default="O",
                    help="NewsFANE 'Government' class (ministries, armies, parliaments) as ORG or O "
                         "(ANERcorp mostly leaves them O)")
    ap.add_argument("--c1", type=float, help="stage-1 c1 (with --c2 and --c1-stage2: skip tuning)")
    ap.add_argument("--c2", type=float)
    ap.add_argument("--c1-stage2", type=float)
    ap.add_argument("--max-iterations", type=int, default=150)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--processes", type=int, default=min(4, os.cpu_count() or 1))
    ap.add_argument("--json", type=Path, help="also write the scores and settings here")
    args = ap.parse_args(argv)

    sources = [s.strip() for s in args.sources.split(",") if s.strip()]
    unknown = set(sources) - set(SHIPPABLE) - {"anercorp"}
    if unknown:
        ap.error(f"unknown sources: {sorted(unknown)}")
    if "anercorp" in sources and not args.allow_anercorp_train:
        ap.error("'anercorp' needs --allow-anercorp-train (and must not be shipped)")
    if "anercorp" in sources and args.out_dir.resolve() == DEFAULT_OUT_DIR.resolve():
        ap.error("a model trained on ANERcorp train must not overwrite the packaged model; give --out-dir")

    d = args.data
    t0 = time.perf_counter()
    aner_train = read_two_columns(d / "anercorp" / "ANERCorp_approxCamelSplit_train.txt", ANERCORP_MAP)
    aner_test = read_two_columns(d / "anercorp" / "ANERCorp_approxCamelSplit_test.txt", ANERCORP_MAP)
    n_dev = int(round(len(aner_train) * args.dev_fraction))
    dev = aner_train[len(aner_train) - n_dev:]

    corpora: dict[str, list[Sentence]] = {}
    dev_overlap: dict[str, list[bool]] = {}
    notes: list[str] = []
    if "newsfane" in sources:
        mapping = dict(NEWSFANE_MAP)
        if args.government == "O":
            mapping.pop("Government")
        nf = read_newsfane(d / "newsfane_gold" / "NewsFANE_Gold_2014_170K.txt", mapping)
        test_mask = held_out_mask(nf, aner_test)
        notes.append(f"newsfane: {len(nf)} sentences, {sum(test_mask)} overlap the ANERcorp test split and are dropped")
        nf = [s for s, m in zip(nf, test_mask) if not m]
        dev_overlap["newsfane"] = held_out_mask(nf, dev)
        corpora["newsfane"] = nf
    if "aqmar" in sources:
        corpora["aqmar"] = read_two_columns(d / "aqmar" / "AQMAR_Arabic_NER_corpus-1.0.txt", AQMAR_MAP)
    if "wojood" in sources:
        corpora["wojood"] = read_wojood([d / "wojood_sample" / f for f in ("train.txt", "val.txt", "test.txt")])
    if "anercorp" in sources:
        corpora["anercorp"] = aner_train
        dev_overlap["anercorp"] = [False] * (len(aner_train) - n_dev) + [True] * n_dev
    for note in notes:
        print(note)
    for name, sents in corpora.items():
        ents = Counter(tag[2:] for s in sents for _, tag in s if tag.startswith("B-"))
        print(f"{name}: {len(sents)} sentences, {sum(map(len, sents))} tokens, entities {dict(sorted(ents.items()))}")

    def assemble(for_dev: bool) -> tuple[list[Sentence], list[tuple[int, int]]]:
        out: list[Sentence] = []
        streams = []
        for name in sources:
            mask = dev_overlap.get(name) if for_dev else None
            lo = len(out)
            out.extend(s for k, s in enumerate(corpora[name]) if not (mask and mask[k]))
            streams.append((lo, len(out)))
        return out, streams

    def prepare(sents: list[Sentence]):
        toks = [[t for t, _ in s] for s in sents]
        return toks, [token_features(t) for t in toks], [[tag for _, tag in s] for s in sents]

    import tempfile

    tmpdir = tempfile.mkdtemp(prefix="train_ner_")
    iters, procs = args.max_iterations, args.processes
    dev_toks, dev_x1, dev_y = prepare(dev)
    test_toks, test_x1, test_y = prepare(aner_test)
    tuning_log = []
    if args.c1 is None or args.c2 is None or args.c1_stage2 is None:
        tune_sents, tune_streams = assemble(for_dev=True)
        tune_toks, tune_x1, tune_y = prepare(tune_sents)
        _POOL_DATA["tune"] = (tune_x1, tune_y)
        _POOL_DATA["dev"] = (dev_x1, dev_y)
        print(f"tuning on {len(tune_sents)} sentences; dev = last {n_dev} sentences of the ANERcorp train split")
        jobs = [(f"g{c1}_{c2}", "tune", None, None, "dev", c1, c2, iters, tmpdir) for c1 in GRID_C1 for c2 in GRID_C2]
        results = []
        for job_id, labels, secs in run_jobs(jobs, procs):
            c1, c2 = (float(v) for v in job_id[1:].split("_"))
            f1 = score(dev_y, labels)["overall"]["f1"]
            results.append((f1, -c1, -c2))
            tuning_log.append({"stage": 1, "c1": c1, "c2": c2, "dev_f1": round(f1, 2)})
            print(f"  stage 1  c1={c1:<5} c2={c2:<6} dev F1={f1:6.2f}  ({secs:.0f}s)", flush=True)
        best = max(results)  # ties: the smaller c1, c2
        c1, c2 = -best[1], -best[2]
        print(f"  stage 1 best: c1={c1} c2={c2} (dev F1 {best[0]:.2f})")
        # stage 2: jackknifed stage-1 labels on the tuning data, stage-1 model on all of it for dev
        jk, others = jackknife("tune", c1, c2, iters, args.folds, procs, tmpdir,
                               extra=[("dev1", "tune", None, None, "dev", c1, c2, iters, tmpdir)])
        dev_stage1 = others["dev1"]
        _POOL_DATA["tune2"] = (stage2_features(tune_toks, tune_x1, jk, tune_streams), tune_y)
        _POOL_DATA["dev2"] = (stage2_features(dev_toks, dev_x1, dev_stage1, [(0, len(dev_toks))]), dev_y)
        print(f"  stage 1 alone on dev: F1={score(dev_y, dev_stage1)['overall']['f1']:.2f}")
        jobs = [(f"s{c}", "tune2", None, None, "dev2", c, c2, iters, tmpdir) for c in GRID_C1_STAGE2]
        results = []
        for job_id, labels, secs in run_jobs(jobs, procs):
            c = float(job_id[1:])
            f1 = score(dev_y, labels)["overall"]["f1"]
            results.append((f1, -c))
            tuning_log.append({"stage": 2, "c1": c, "c2": c2, "dev_f1": round(f1, 2)})
            print(f"  stage 2  c1={c:<5} c2={c2:<6} dev F1={f1:6.2f}  ({secs:.0f}s)", flush=True)
        best2 = max(results)
        c1_2 = -best2[1]
        print(f"  stage 2 best: c1={c1_2} (dev F1 {best2[0]:.2f})")
        for key in ("tune", "dev", "tune2", "dev2"):
            _POOL_DATA.pop(key, None)
    else:
        c1, c2, c1_2 = args.c1, args.c2, args.c1_stage2

    # final models on all the training data
    train_sents, train_streams = assemble(for_dev=False)
    train_toks, train_x1, train_y = prepare(train_sents)
    _POOL_DATA["train"] = (train_x1, train_y)
    ts = time.perf_counter()
    jk, _ = jackknife("train", c1, c2, iters, args.folds, procs, tmpdir)
    out_dir = args.out_dir
    stage1_path, stage2_path = out_dir / STAGE1_MODEL, out_dir / MODEL
    train(train_x1, train_y, stage1_path, c1, c2, iters)
    train(stage2_features(train_toks, train_x1, jk, train_streams), train_y, stage2_path, c1_2, c2, iters)
    train_s = time.perf_counter() - ts
    Path(tmpdir).rmdir()

    test_stage1 = tag_all(stage1_path, test_x1)
    test_final = tag_all(stage2_path, stage2_features(test_toks, test_x1, test_stage1, [(0, len(test_toks))]))
    s1_scores, final_scores = score(test_y, test_stage1), score(test_y, test_final)
    size = stage1_path.stat().st_size + stage2_path.stat().st_size
    n_tok = sum(map(len, train_toks))
    print(f"\nmodels in {out_dir}: {STAGE1_MODEL} {stage1_path.stat().st_size / 1e6:.2f} MB + "
          f"{MODEL} {stage2_path.stat().st_size / 1e6:.2f} MB = {size / 1e6:.2f} MB")
    print(f"trained on {len(train_sents)} sentences / {n_tok} tokens ({'+'.join(sources)}); "
          f"stage 1 c1={c1} c2={c2}, stage 2 c1={c1_2} c2={c2}; final training (jackknife + 2 models) "
          f"{train_s:.0f}s with {procs} processes; whole run {time.perf_counter() - t0:.0f}s")
    print("\nANERcorp test split, stage 1 only (entity level, exact match; MISC ignored):")
    print(format_scores(s1_scores))
    print("\nANERcorp test split, final (stage 2 with document features):")
    print(format_scores(final_scores))
    if args.json:
        args.json.write_text(json.dumps({
            "sources": sources, "government": args.government, "c1": c1, "c2": c2, "c1_stage2": c1_2,
            "max_iterations": iters, "folds": args.folds, "tuning": tuning_log,
            "train_sentences": len(train_sents), "train_tokens": n_tok, "model_bytes": size,
            "final_training_seconds": round(train_s, 1), "processes": procs,
            "test_stage1": s1_scores, "test": final_scores,
        }, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
