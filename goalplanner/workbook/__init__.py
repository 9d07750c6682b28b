"""Excel workbooks (openpyxl): the plan written for colleagues, and their actuals read back; no Qt."""
