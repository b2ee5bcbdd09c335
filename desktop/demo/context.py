"""What every part of the generator shares: the writer, the random source, the people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from random import Random

from desktop.demo.bulk import BulkWriter
from desktop.demo.numbers import NumberBook
from desktop.demo.people import Directory, Staff


@dataclass
class Ctx:
    writer: BulkWriter
    rng: Random
    today: date
    staff: Staff
    people: Directory
    book: NumberBook

    def add(self, table: str, row: dict) -> dict:
        return self.writer.add(table, row)

    def new_id(self, table: str) -> int:
        return self.writer.next_id(table)
