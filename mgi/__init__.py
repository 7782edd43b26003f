"""MGI Platform: Migration Governance Indicators assessments, from framework to published profile."""
