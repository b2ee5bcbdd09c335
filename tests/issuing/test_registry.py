"""The document kind registry: one spec per DocumentKind, one table for the letter kinds."""

import pytest

from db.enums import DocumentKind, LetterKind
from desktop.documents.kinds import LETTER_DOCUMENTS, document_kind
from desktop.documents.templates import template_path
from desktop.errors import UserError
from desktop.issuing import registry
from desktop.issuing.owners import CASE, CLAIM, LETTER
from desktop.letters.history import FULL_TITLES
from desktop.settings import OrganisationSettings


def test_every_kind_has_one_spec_and_a_template():
    assert set(registry.SPECS) == set(DocumentKind)
    for kind, spec in registry.SPECS.items():
        assert template_path(kind).name == spec.template and template_path(kind).is_file()


def test_owners_and_numbers():
    assert registry.kinds_for(CLAIM) == (DocumentKind.PAYOUT_NOTICE,)
    assert registry.spec("rejection").own_number and registry.spec("rejection").number_kind == "rejection"
    assert not registry.spec("acceptance").own_number
    assert not registry.spec("prompt-letter").own_number  # the letter carries its own number
    assert registry.unserved_kinds() == ("service-receipt", "application", "session-record", "follow-up-record")
    assert registry.spec("agreement").copies(OrganisationSettings(agreement_copies=4)) == 4


def test_letter_kinds_are_spelled_in_one_table():
    prompt = LETTER_DOCUMENTS[LetterKind.PROMPT]
    assert (prompt.document, prompt.number_kind) == (DocumentKind.PROMPT_LETTER, "prompt_letter")
    assert registry.spec(prompt.document).letter_kind is LetterKind.PROMPT
    assert registry.kinds_for(LETTER) == tuple(item.document for item in LETTER_DOCUMENTS.values())
    assert FULL_TITLES[LetterKind.OPINION] == "工会劳动法律监督意见书"


class _Letter:
    kind = LetterKind.OPINION


def test_wrong_owner_or_letter_kind_refused():
    with pytest.raises(UserError, match="不能由一函两书出具"):
        registry.check_kind("acceptance", LETTER, _Letter())
    with pytest.raises(UserError, match="该文书是意见书，不能按提示函出具"):
        registry.check_kind("prompt-letter", LETTER, _Letter())
    assert registry.check_kind("opinion-letter", LETTER, _Letter()).kind is DocumentKind.OPINION_LETTER
    with pytest.raises(UserError, match="未知的文书种类「memo」"):
        document_kind("memo")
    assert registry.kinds_of(CASE, None)[0] is DocumentKind.ACCEPTANCE
