"""MGI Platform: Migration Governance Indicators assessments, framework to published profile."""
