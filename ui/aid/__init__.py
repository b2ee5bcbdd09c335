"""帮扶救助: aid programmes and their applications (金秋助学, 送温暖, 劳模补助)."""
