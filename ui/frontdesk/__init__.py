"""The front-desk areas: 法律咨询 (consultations) and 热线工单 (hotline tickets)."""
