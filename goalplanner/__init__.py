"""goalplanner: SMART goals for customer-service teams, planned and tracked in a local file."""

__version__ = "0.1.0"
