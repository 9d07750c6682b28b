"""Chart images and Excel workbooks made from core objects (no Qt)."""
