"""Claim Ledger: track claims in the news and their outcomes."""
__version__ = "0.1.0"
