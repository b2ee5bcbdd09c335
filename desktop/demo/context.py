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

    def __post_init__(self) -> None:
        self.add = self.writer.add  # queue a row: add(table, row)
        self.new_id = self.writer.next_id  # next primary key: new_id(table)
