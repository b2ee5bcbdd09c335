"""Mutual-aid claims and payouts: plans with versioned rules, enrolment, intake, review, batches."""
