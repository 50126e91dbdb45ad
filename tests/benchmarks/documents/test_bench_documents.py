"""Documents benchmarks: barcode read rates and times per reader, QR read time on an A4 page, and
compression time/size per A4 page with a legibility check. Run: `bash installers/bootstrap.sh bench`.

Targets from the issue: ≥ 98 % read rate on the card-size dense QR corpus; QR read ≤ 100 ms p50 on a
300-dpi A4 page; an A4 page compressed in ≤ 400 ms to ≤ 300 KB, its QR still decoding afterwards.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from kiosk.documents.barcodes import FoundCode, read_codes, read_zbar, read_zxing, read_zxing_qr_fast
from kiosk.documents.compress import process_pages
from kiosk.documents.loading import load_bytes
from tests.benchmarks.conftest import report, summary_ms
from tests.documents.docsynth import a4_page, card_qr, jpeg

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "documents" / "sumit_v1_uidai_sample.txt"
CORPUS = 300
Reader = Callable[[Image.Image], list[FoundCode]]


def _zbar_downscale_first(image: Image.Image) -> list[FoundCode]:
    found = read_zbar(image.reduce(2)) if max(image.size) > 1800 else []
    return found or read_zbar(image)


READERS: dict[str, Reader] = {
    "zxing-fast": read_zxing_qr_fast,
    "zxing": read_zxing,
    "zbar": read_zbar,
    "zbar-downscale-first": _zbar_downscale_first,
    "pipeline": read_codes,
}


def _corpus(n: int, **kwargs: object) -> list[tuple[str, Image.Image]]:
    samples = []
    for seed in range(n):
        digits, data = card_qr(seed, **kwargs)  # type: ignore[arg-type]
        image = Image.open(io.BytesIO(data)).convert("L")
        image.load()
        samples.append((digits, image))
    return samples


def _rates(name: str, samples: list[tuple[str, Image.Image]]) -> dict[str, dict[str, float]]:
    figures = {}
    for reader_name, reader in READERS.items():
        hits, times = 0, []
        for digits, image in samples:
            start = time.perf_counter()
            found = reader(image)
            times.append(time.perf_counter() - start)
            hits += any(c.text == digits for c in found)
        figures[reader_name] = {"read": hits, "of": len(samples), "rate_pct": round(100 * hits / len(samples), 1),
                                **summary_ms(times)}
        report(f"{name}.{reader_name}", **figures[reader_name])
    return figures


def test_card_corpus_read_rate_per_reader() -> None:
    figures = _rates("documents.card_qr_corpus", _corpus(CORPUS))
    assert figures["pipeline"]["rate_pct"] >= 98.0


def test_card_corpus_independent_encoder() -> None:
    figures = _rates("documents.card_qr_corpus_qrcode_encoder", _corpus(60, encoder="qrcode"))
    assert figures["pipeline"]["rate_pct"] >= 98.0


def test_harder_corpus_shows_what_the_fallback_buys() -> None:
    """Beyond the issue's parameters: blur σ 1.0–1.4 and JPEG quality 45–60 (a worn card, a cheap scanner)."""
    _rates("documents.card_qr_corpus_hard", _corpus(150, blur=(1.0, 1.4), quality=(45, 60)))


def test_qr_read_time_on_a_300_dpi_a4_page() -> None:
    uidai = SAMPLE.read_text("ascii").strip()
    pages = []
    for seed in range(8):
        page = a4_page(seed, skew=(seed % 5) - 2.0, qr=uidai, qr_box=3, qr_numeric=True, blur=0.7)
        image = load_bytes(jpeg(page, 75, dpi=300), "scan.jpg").pages[0]
        pages.append(image)
    for reader_name, reader in READERS.items():
        times, hits = [], 0
        for image in pages:
            for _ in range(3):
                start = time.perf_counter()
                found = reader(image)
                times.append(time.perf_counter() - start)
            hits += any(c.text == uidai for c in found)
        report(f"documents.a4_qr_read.{reader_name}", pages=len(pages), read=hits, size=f"{pages[0].width}x{pages[0].height}",
               **summary_ms(times))


def _legible(doc_data: bytes, mime: str, expected: str) -> bool:
    if mime == "image/jpeg":
        image = Image.open(io.BytesIO(doc_data))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "doc.pdf"
            source.write_bytes(doc_data)
            subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(source), str(Path(tmp) / "p")],
                           check=True, timeout=60)
            image = Image.open(Path(tmp) / "p.png")
            image.load()
    return any(c.text == expected for c in read_codes(image))


def test_compression_per_a4_page() -> None:
    for label, colour, kind in (("grayscale", False, "text"), ("colour", True, "photo")):
        times, sizes, legible = [], [], 0
        for seed in range(6):
            text = f"SATARA01-20261127-{seed:04d}"
            page = a4_page(100 + seed, colour=colour, skew=1.5, qr=text, qr_box=4)
            image = load_bytes(jpeg(page, 85, dpi=300), "scan.jpg").pages[0]
            start = time.perf_counter()
            doc = process_pages([image], kind=kind, max_kb_per_page=300)
            times.append(time.perf_counter() - start)
            sizes.append(doc.size_bytes)
            legible += _legible(doc.data, doc.mime, text)
        report(f"documents.compress_a4.{label}", pages=len(times), max_kb=round(max(sizes) / 1024),
               mean_kb=round(sum(sizes) / len(sizes) / 1024), qr_legible=f"{legible}/{len(times)}", **summary_ms(times))


def test_scan_folder_pickup_latency(tmp_path: Path) -> None:
    """How long after a scanner drops a file the watcher reports it (target ≤ 1 s: the operator sees the
    page appear while still at the scanner), polled every 50 ms as the screen's timer does. Its floor is the
    settle time the rule waits for (0.4 s), so the figure is also given as a ratio to it."""
    from kiosk.documents.watch import ScanFolderWatcher

    latencies = []
    for n in range(8):
        folder = tmp_path / f"inbox{n}"
        folder.mkdir()
        watcher = ScanFolderWatcher(folder, settle_seconds=0.4)
        watcher.poll()
        (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
        start = time.perf_counter()
        while not watcher.poll():
            time.sleep(0.05)
        latencies.append(time.perf_counter() - start)
    report("documents.scan_folder_pickup", settle_s=0.4, ratio_to_settle=round(max(latencies) / 0.4, 2),
           **summary_ms(latencies))
