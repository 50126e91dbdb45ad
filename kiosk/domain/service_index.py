"""Finding a service among ~1,500 as the operator types: Marathi, English or Marathi typed in English
letters, a typo forgiven, this hub's most used services first.

Every word of a service's names, code and department is kept once, as its sound key
(:mod:`kiosk.domain.sound_key`), in a sorted vocabulary with the services it occurs in. A typed word then
costs a binary search for the words it begins (a prefix: the operator is still typing), and — from four
letters of key on — a look-up of its one-letter deletions in a table of the vocabulary's prefixes and
their deletions, which finds what is one typo away (a letter wrong, missing, extra or two swapped:
SymSpell's idea, applied to prefixes). Nothing is scanned per keystroke, so a query is well under a
millisecond over 1,500 services (tests/benchmarks/domain/test_bench_service_index.py).

A typo is forgiven only for a word that, as typed, begins no word of the catalogue. Ranking: a whole
word beats a prefix, a prefix beats a typo; a service's own name counts more than its
department or code; every typed word must be found (else the services that have most of them); a name
that begins with exactly what was typed comes first; then what this hub did most in the last months.
"""

from __future__ import annotations

import copy
import heapq
import math
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kiosk.domain.catalogue import Service
from kiosk.domain.sound_key import text_keys, word_key
from kiosk.domain.text import search_key

# How much a word counts by where it occurs.
NAME, CODE, DEPARTMENT = 3.0, 2.0, 1.0
# How well a typed word matched a service's word.
WHOLE, PREFIX, TYPO_WHOLE, TYPO = 1.0, 0.8, 0.55, 0.45
FIRST_WORD = 0.2  # a name's first word says what the service is ("Income certificate" before "… of income")
TYPO_FROM = 4  # letters of sound key before a typo is forgiven (fewer match too much)
PREFIX_SPAN = (3, 9)  # prefix lengths kept for typo look-ups; longer typed words are cut to the longest
BEGINS = 2.0  # a name that begins with exactly what was typed (in its own script)
USAGE_WEIGHT = 1.2  # the most used service's boost: enough to order equal matches, not to beat a better one
_END = "\U0010ffff"
# Words that say nothing about which service is meant: every department is a "Department"/"विभाग", and
# the little words of English names. Left out of the index (so "d" does not find every service).
GENERIC_WORDS = frozenset(word_key(w) for w in (
    "department", "dept", "the", "of", "for", "and", "to", "a", "an", "in", "on", "by", "with", "from", "or",
    "under")) | {"vibg", "v", "ani", "kinv"}  # the sound keys of विभाग, व, आणि, किंवा


@dataclass(frozen=True)
class Department:
    """A department as the picker lists it: its label and how many services it offers."""

    key: str  # the English name, folded: stable across catalogue versions
    service: Service  # one of its services, for the label (department / sub-department)
    count: int


@dataclass(frozen=True)
class Found:
    """A query's answer: the services in order and, for the same query, how many in each department."""

    services: tuple[Service, ...]
    total: int  # before the limit
    by_department: Mapping[str, int]


def department_key(service: Service) -> str:
    return search_key(service.department.en)


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter changed, added, dropped, or two neighbours swapped (the table of
    deletions also pairs words two edits apart: those are not one typo)."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) <= 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    i = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return short[i:] == long_[i + 1:]


class ServiceIndex:
    """Built once per catalogue (and per day's usage counts) on the worker pool; queried on every keystroke."""

    def __init__(self, services: Sequence[Service], usage: Mapping[str, int] | None = None) -> None:
        self.services = tuple(services)
        self._department = [department_key(s) for s in self.services]
        self._names = [(search_key(s.name.en), search_key(s.name.mr)) for s in self.services]
        self._sorted_names = []
        for side in (0, 1):
            pairs = sorted((names[side], sid) for sid, names in enumerate(self._names))
            self._sorted_names.append(([k for k, _ in pairs], [sid for _, sid in pairs]))
        postings: dict[str, dict[int, float]] = {}
        for sid, svc in enumerate(self.services):
            for text, weight in self._texts(svc):
                for position, key in enumerate(text_keys(text)):
                    if key in GENERIC_WORDS:
                        continue
                    value = weight + FIRST_WORD if position == 0 and weight == NAME else weight
                    row = postings.setdefault(key, {})
                    if row.get(sid, 0.0) < value:
                        row[sid] = value
        self._words = sorted(postings)
        self._postings = [tuple(postings[w].items()) for w in self._words]
        self._typos: dict[str, set[str]] = {}
        low, high = PREFIX_SPAN
        for word in self._words:
            for n in range(low, min(len(word), high) + 1):
                prefix = word[:n]
                for variant in (prefix, *_deletions(prefix)):
                    self._typos.setdefault(variant, set()).add(prefix)
        self._first_letters: dict[str, dict[int, float]] = {}
        for letter in {w[0] for w in self._words}:
            self._match(letter)
        self._departments = self._list_departments()
        self._use(usage or {})

    def _use(self, usage: Mapping[str, int]) -> None:
        self.usage = dict(usage)
        top = max(self.usage.values(), default=0)
        self._boost = [USAGE_WEIGHT * math.log1p(self.usage.get(s.code, 0)) / math.log1p(top) if top else 0.0
                       for s in self.services]
        self._browse = self._browse_order()

    def with_usage(self, usage: Mapping[str, int]) -> ServiceIndex:
        """The same index ordered by another period's usage: the vocabulary (the costly part, a few tenths
        of a second for 1,500 services) is shared, so it is built once per catalogue version."""
        other = copy.copy(self)
        other._use(usage)
        return other

    @staticmethod
    def _texts(svc: Service) -> Iterable[tuple[str, float]]:
        yield svc.name.en, NAME
        yield svc.name.mr, NAME
        yield svc.code.replace("-", " "), CODE
        if svc.portal_service_id:
            yield svc.portal_service_id, CODE
        yield svc.department.en, DEPARTMENT
        yield svc.department.mr, DEPARTMENT
        sub = svc.sub_department
        if sub is not None:
            yield sub.en, DEPARTMENT
            yield sub.mr, DEPARTMENT

    def _browse_order(self) -> list[int]:
        """With nothing typed: the hub's most used first, then the detailed forms, then by name."""
        def order(sid: int) -> tuple[int, int, str]:
            svc = self.services[sid]
            return (-self.usage.get(svc.code, 0), svc.generic,
                    self._names[sid][0])
        return sorted(range(len(self.services)), key=order)

    def _list_departments(self) -> list[Department]:
        counts: dict[str, int] = {}
        first: dict[str, Service] = {}
        for sid, key in enumerate(self._department):
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, self.services[sid])
        return [Department(key, first[key], counts[key]) for key in sorted(counts)]

    def departments(self) -> list[Department]:
        """Every department, by English name (a stable order for the keyboard), with its service count."""
        return list(self._departments)

    def most_used(self, limit: int = 20) -> list[Service]:
        """The services this hub took most often in the counted period, most first; none if it took none."""
        used = [sid for sid in self._browse if self.usage.get(self.services[sid].code, 0) > 0]
        return [self.services[sid] for sid in used[:limit]]

    # ------------------------------------------------------------------------------------------- query
    def _word_range(self, prefix: str) -> range:
        return range(bisect_left(self._words, prefix), bisect_left(self._words, prefix + _END))

    def _match_word(self, key: str) -> dict[int, float]:
        """Service → how well ``key`` (one typed word) matched it, weighted by where the word occurs."""
        scores: dict[int, float] = {}

        def credit(wid: int, quality: float) -> None:
            for sid, weight in self._postings[wid]:
                value = quality * weight
                if scores.get(sid, 0.0) < value:
                    scores[sid] = value

        for wid in self._word_range(key):
            credit(wid, WHOLE if self._words[wid] == key else PREFIX)
        # A typo is looked for only when the word, as typed, begins no word of the catalogue: "utpanna"
        # begins उत्पन्नाचा, and its typo-neighbours (उत्पादन, utpadan: production) would bury it.
        if not scores and len(key) >= TYPO_FROM:
            cut = key[:PREFIX_SPAN[1] - 1]  # so a prefix one letter longer is still in the table
            near: set[str] = set()
            for variant in (cut, *_deletions(cut)):
                near |= self._typos.get(variant, set())
            for prefix in near:
                # The first letter is taken as typed: a typo there is rare, and forgiving it matches noise
                # ("jest" would find "destitute").
                if prefix != cut and prefix[0] == cut[0] and _one_edit(cut, prefix):
                    for wid in self._word_range(prefix):
                        credit(wid, TYPO_WHOLE if self._words[wid] == prefix else TYPO)
        return scores

    def _match(self, key: str) -> dict[int, float]:
        """:meth:`_match_word`, kept for one-letter keys: the first keystroke finds the most services."""
        if len(key) > 1:
            return self._match_word(key)
        cached = self._first_letters.get(key)
        if cached is None:
            cached = self._first_letters[key] = self._match_word(key)
        return cached

    def search(self, query: str, department: str | None = None, limit: int = 50) -> Found:
        """The services ``query`` finds, best first (all of them, most used first, for an empty query);
        ``department`` (a :func:`department_key`) keeps only that department's."""
        keys = list(dict.fromkeys(text_keys(query)))
        if not keys:
            return self._found(self._browse, department, limit)
        per_word = [self._match(k) for k in keys]
        if len(per_word) == 1:
            found = per_word[0]  # (a cached table: read, never written)
        else:
            found, hits = {}, dict[int, int]()
            for scores in per_word:
                for sid, value in scores.items():
                    found[sid] = found.get(sid, 0.0) + value
                    hits[sid] = hits.get(sid, 0) + 1
            best_hits = max(hits.values(), default=0)  # every word found, else as many as any service has
            found = {sid: value for sid, value in found.items() if hits[sid] == best_hits}
        if not found:
            return Found((), 0, {})
        boost = self._boost
        score = {sid: value + boost[sid] for sid, value in found.items()}
        for sid in self._names_beginning(search_key(query)):
            if sid in score:
                score[sid] += BEGINS
        by_department = self._count(score)
        kept = [sid for sid in score if self._department[sid] == department] if department else list(score)
        names = self._names
        best = heapq.nsmallest(limit, kept, key=lambda sid: (-score[sid], names[sid][0]))
        return Found(tuple(self.services[sid] for sid in best), len(kept), by_department)

    def _names_beginning(self, typed: str) -> set[int]:
        """The services whose English or Marathi name begins with exactly what was typed."""
        found: set[int] = set()
        for keys, sids in self._sorted_names:
            found.update(sids[bisect_left(keys, typed):bisect_left(keys, typed + _END)])
        return found

    def _count(self, sids: Iterable[int]) -> dict[str, int]:
        by_department: dict[str, int] = {}
        for sid in sids:
            key = self._department[sid]
            by_department[key] = by_department.get(key, 0) + 1
        return by_department

    def _found(self, order: Sequence[int], department: str | None, limit: int) -> Found:
        kept = [sid for sid in order if self._department[sid] == department] if department else order
        return Found(tuple(self.services[sid] for sid in kept[:limit]), len(kept), self._count(order))


def sound_of(word: str) -> str:
    """The key a single typed word is compared by (for tests and the benchmark's report)."""
    return word_key(word)
