"""Features derived from the inputs: zonal statistics and the district feature table."""
