"""理赔支付: mutual-aid claims from application to payment, batches, settlements tracking, plans."""
