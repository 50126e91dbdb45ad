"""A private CUPS scheduler for tests: its own config, a Unix socket, one cups-pdf queue writing to a
temp folder. Started with ``cupsd -f`` and stopped by its PID, so the machine's own CUPS (if any) is not
touched. cups-pdf reads its per-instance config only from /etc/cups/cups-pdf-<instance>.conf; that one
file is created for the run and removed afterwards.

CI runs as root on Debian 12 with cups, cups-client and printer-driver-cups-pdf installed by the bootstrap.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


def missing_parts() -> list[str]:
    missing = [t for t in ("cupsd", "lpadmin", "lp", "lpstat", "gs") if not shutil.which(t)]
    if not CUPS_PDF_PPD.exists() or not CUPS_PDF_BACKEND.exists():
        missing.append("printer-driver-cups-pdf")
    if os.geteuid() != 0:
        missing.append("root (cups-pdf instance config lives in /etc/cups)")
    return missing


class CupsServer:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="seva-cups-"))
        os.chmod(self.root, 0o755)
        self.instance = f"seva{uuid.uuid4().hex[:8]}"
        self.socket = self.root / "cups.sock"
        self.out = self.root / "pdf-out"
        self.instance_conf = Path(f"/etc/cups/cups-pdf-{self.instance}.conf")
        self.proc: subprocess.Popen[bytes] | None = None
        self.disabled: set[str] = set()
        self.env = {**os.environ, "CUPS_SERVER": str(self.socket)}

    def _write_config(self) -> None:
        r = self.root
        for sub in ("spool", "tmp", "cache", "state", "log", "conf", "conf/ppd", "pdf-out", "cups-pdf-spool"):
            (r / sub).mkdir(parents=True, exist_ok=True)
            os.chmod(r / sub, 0o777 if sub in ("tmp", "pdf-out", "cups-pdf-spool") else 0o755)
        (r / "conf" / "cupsd.conf").write_text(f"""LogLevel debug
Listen {self.socket}
Browsing No
WebInterface No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
        (r / "conf" / "cups-files.conf").write_text(f"""ServerRoot {r}/conf
RequestRoot {r}/spool
TempDir {r}/tmp
CacheDir {r}/cache
StateDir {r}/state
ErrorLog {r}/log/error_log
AccessLog {r}/log/access_log
PageLog {r}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
User lp
Group lp
SystemGroup root
""")
        self.instance_conf.write_text(f"""Out {self.out}
AnonDirName {self.out}
Spool {r}/cups-pdf-spool
Log {r}/log
LogType 3
""")

    def start(self, timeout: float = 20.0) -> CupsServer:
        self._write_config()
        conf = self.root / "conf"
        self.proc = subprocess.Popen(["cupsd", "-f", "-c", str(conf / "cupsd.conf"), "-s",
                                      str(conf / "cups-files.conf")], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"cupsd exited: {self.proc.stderr.read().decode() if self.proc.stderr else ''}"
                                   f"\n{self.log()}")
            ok = subprocess.run(["lpstat", "-r"], env=self.env, capture_output=True, text=True)
            if "is running" in ok.stdout and "not" not in ok.stdout:
                return self
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"cupsd did not come up in {timeout} s\n{self.log()}")

    def add_queue(self, name: str, *, enabled: bool = True) -> str:
        argv = ["lpadmin", "-p", name, "-v", f"cups-pdf:/{self.instance}", "-P", str(CUPS_PDF_PPD)]
        argv.append("-E")
        subprocess.run(argv, env=self.env, check=True, capture_output=True, timeout=30)
        if not enabled:
            self.disabled.add(name)
            subprocess.run(["cupsdisable", name], env=self.env, check=True, capture_output=True, timeout=30)
        return name

    def jobs_left(self) -> str:
        """The jobs this scheduler has not finished on an enabled queue (``lpstat -o``): empty once every
        backend has exited (a disabled queue holds its jobs for ever)."""
        out = subprocess.run(["lpstat", "-o"], env=self.env, capture_output=True, text=True, timeout=30).stdout
        return "\n".join(line for line in out.splitlines()
                         if line.strip() and not any(line.startswith(f"{q}-") for q in self.disabled))

    def wait_for_pdf(self, before: set[Path], timeout: float = 60.0) -> Path:
        """The new PDF once cups-pdf is done with it. The file appears empty when Ghostscript starts
        writing it; a size that merely stayed the same for a moment could still be that empty file on a
        busy machine, so the job must also be finished and the file not empty."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = [p for p in self.out.rglob("*.pdf") if p not in before]
            if new and not self.jobs_left().strip():
                path = new[0]
                size = path.stat().st_size
                time.sleep(0.2)
                if size > 0 and size == path.stat().st_size:
                    return path
            time.sleep(0.2)
        raise TimeoutError(f"no finished PDF from cups-pdf in {timeout} s\n{self.jobs_left()}\n{self.log()}")

    def log(self) -> str:
        parts = []
        for name in ("error_log",):
            p = self.root / "log" / name
            if p.exists():
                parts.append(p.read_text(errors="replace")[-4000:])
        return "\n".join(parts)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.proc = None
        self.instance_conf.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)
