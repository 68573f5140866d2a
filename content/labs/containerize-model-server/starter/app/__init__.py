"""Churn prediction service package."""
