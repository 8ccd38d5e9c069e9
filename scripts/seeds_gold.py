#!/usr/bin/env python3
"""Scores fact-compare on the seeds against tests/corpus/seeds-gold (facts stated by two or more seeds).

usage: python3 scripts/seeds_gold.py [CLI] [-v]     (run from the project root; CLI default build/release/fact-compare)

The gold stores offsets, not seed text: this script rebuilds each mention from ../shared/seeds, checks it against
the stored hash, runs the CLI on the seeds and scores the report with ../shared/eval/seeds_eval.py.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), 'shared')
SEEDS = os.path.join(SHARED, 'seeds')
GOLD = os.path.join(ROOT, 'tests', 'corpus', 'seeds-gold', 'seeds-gold.json')


def seed_texts():
    texts = {}
    for name in sorted(os.listdir(SEEDS)):
        if name.endswith('.txt'):
            raw = open(os.path.join(SEEDS, name), encoding='utf-8').read()
            m = re.match(r'\s*date \d{4}-\d{2}-\d{2}\s*', raw)
            texts[name[:-4]] = raw[m.end():] if m else raw
    return texts


def rebuilt_gold(texts):
    gold = json.load(open(GOLD, encoding='utf-8'))
    for fact in gold['facts']:
        for src, (start, end, digest) in list(fact['mentions'].items()):
            if src not in texts:
                sys.exit(f"seeds_gold: {GOLD}: fact {fact['key']}: no seed {src} in {SEEDS}")
            span = texts[src][start:end]
            if hashlib.sha1(span.encode()).hexdigest()[:12] != digest:
                sys.exit(f"seeds_gold: {GOLD}: fact {fact['key']}: the span [{start}, {end}) of {src} has changed")
            fact['mentions'][src] = span
    return gold


def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    cli = args[0] if args else os.path.join(ROOT, 'build', 'release', 'fact-compare')
    if not os.path.isdir(SEEDS):
        sys.exit(f'seeds_gold: no seeds at {SEEDS}')
    gold = rebuilt_gold(seed_texts())
    seeds = [os.path.join(SEEDS, n) for n in sorted(os.listdir(SEEDS)) if n.endswith('.txt')]
    with tempfile.TemporaryDirectory() as tmp:
        gold_file, report_file = os.path.join(tmp, 'gold.json'), os.path.join(tmp, 'report.json')
        json.dump(gold, open(gold_file, 'w', encoding='utf-8'), ensure_ascii=False)
        with open(report_file, 'w', encoding='utf-8') as out:
            subprocess.run([cli, 'compare', '--format', 'json', *seeds], stdout=out, check=True)
        cmd = [sys.executable, os.path.join(SHARED, 'eval', 'seeds_eval.py'), gold_file, report_file, '--sources', SEEDS]
        sys.exit(subprocess.run(cmd + (['-v'] if '-v' in sys.argv else [])).returncode)


if __name__ == '__main__':
    main()
