#!/usr/bin/env python3
"""Writes synthetic BibTeX files for `paperboy bench ingest`: FILES files of ENTRIES entries each.

Entries look like a lab's publication list: "Last, First" author lists with LaTeX accents, braced
acronyms, @string venues, DOIs, arXiv eprints, abstracts of about 1 kB, a few @comment blocks.
Deterministic (seeded). Usage: make-bibtex.py DIR [FILES [ENTRIES]]
"""
import os
import random
import sys

LAST = ["M{\\\"u}ller", "Garc{\\'\\i}a", "Smith", "Nguyen", "Fran\\c{c}ois", "de Vries", "Wang",
        "Kowalski", "O'Brien", "J\\'{e}r\\^{o}me", "Erd\\H{o}s", "Tanaka", "Rossi", "Dubois"]
FIRST = ["Ana", "J{\\\"o}rg", "Li", "Marie", "Jan A.", "S{\\o}ren", "Priya", "Chen", "Ren{\\'e}e"]
WORDS = ("attention transformer graph neural network retrieval language model pre-training "
         "robust efficient sparse learning inference alignment benchmark evaluation corpus "
         "multilingual reasoning optimization diffusion contrastive").split()
TYPES = ["inproceedings", "article", "misc"]


def entry(rng, i):
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 11))).capitalize()
    title = title.replace("transformer", "{Transformer}").replace("model", "{{BERT}} model", 1)
    authors = " and ".join(f"{rng.choice(LAST)}, {rng.choice(FIRST)}"
                           for _ in range(rng.randint(1, 8)))
    kind = rng.choice(TYPES)
    year = rng.randint(1995, 2025)
    lines = [f"@{kind}{{paper{i:06d},",
             f"  title = {{{title}}},",
             f"  author = {{{authors}}},",
             f"  year = {year},",
             "  month = " + rng.choice(["jan", "jun", "oct"]) + ","]
    if kind == "inproceedings":
        lines.append(f"  booktitle = conf # \" {year}\",")
    elif kind == "article":
        lines.append("  journal = {Journal of Synthetic Results},")
    else:
        lines.append(f"  eprint = {{{rng.randint(1501, 2512)}.{i % 100000:05d}}},")
        lines.append("  archivePrefix = {arXiv},")
    lines.append(f"  doi = {{https://doi.org/10.5555/Synth.{i:06d}}},")
    abstract = " ".join(rng.choice(WORDS) for _ in range(140))
    lines.append(f"  abstract = {{We study {abstract}. It improves by 5\\% on caf\\'{{e}} data.}},")
    lines.append("  keywords = {synthetic, benchmark}")
    lines.append("}")
    return "\n".join(lines)


def main():
    out = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    per_file = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    rng = random.Random(42)
    os.makedirs(out, exist_ok=True)
    n = 0
    for f in range(files):
        with open(os.path.join(out, f"lab-{f:03d}.bib"), "w", encoding="utf-8") as w:
            w.write('% Synthetic publication list\n@string{conf = "Proceedings of SYNTH"}\n\n')
            for _ in range(per_file):
                w.write(entry(rng, n) + "\n\n")
                if n % 500 == 0:
                    w.write("@comment{generated block}\n\n")
                n += 1


if __name__ == "__main__":
    main()
