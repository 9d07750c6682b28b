"""Pure Python heart of goalplanner: goals, KPIs, checks and maths. No Qt, no files but resources."""
