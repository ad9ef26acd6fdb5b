"""Spatial statistics of districts: contiguity weights, hotspots (Getis-Ord Gi*, local Moran) and class breaks.

Everything statistical is PySAL's (libpysal weights, esda, mapclassify), imported through ``pysal.py`` so that
libpysal never reaches the network.
"""
