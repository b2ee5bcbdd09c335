"""A separate process that keeps committing rows, printing each committed id (used by backup tests).

    python tests/trust/writer_process.py DB_URL STOP_FILE

It writes until STOP_FILE exists (at most two minutes), so a slow machine cannot
make it stop before the test has taken its backups.
"""

import sys
import time
from pathlib import Path

from db.engine import Database
from db.models import Employer


def main(url: str, stop_file: Path) -> None:
    database = Database(url)
    end = time.monotonic() + 120
    n = 0
    while time.monotonic() < end and not stop_file.exists():
        n += 1
        with database.write(None) as session:
            employer = Employer(name=f"写入进程单位{n}")
            session.add(employer)
            session.flush()
            new_id = employer.id
        print(new_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
