"""Issuing formal documents from the database (no Qt).

- ``contexts``: the render context of each kind, built from the owner record
  (``case_context``, ``letter_context``, ``claim_context``);
- ``templates_store``: the centre's own versioned template copies;
- ``service.DocumentService``: issue, reissue, reprint, draft, lists and the
  proof-of-service loop (``serving``);
- ``owners``: owner types (``mediation_case``, ``supervision_letter``,
  ``aid_claim``) and which kinds each can issue.
"""
