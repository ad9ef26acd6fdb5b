"""Water demand: hourly series, forecasting, anomalies, distribution schedules."""
