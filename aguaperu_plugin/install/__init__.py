"""The dependency installer: packages missing from QGIS installed into a private folder of the profile."""
