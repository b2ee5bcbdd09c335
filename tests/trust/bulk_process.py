"""Inserts 2,000 workers in ONE unit of work (as an import does); killed at random by the crash test.

    python tests/trust/bulk_process.py DB_URL
Prints "writing" just before the unit of work starts and "done" after it committed.
"""

import sys

from db.engine import Database
from db.models import Worker

COUNT = 2000


def main(url: str) -> None:
    database = Database(url)
    print("writing", flush=True)
    with database.write(None) as session:
        for n in range(COUNT):
            session.add(Worker(name=f"导入职工{n}", unit_name="批量导入单位"))
            if n % 200 == 199:
                session.flush()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
