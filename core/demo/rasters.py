"""Synthetic GeoTIFF fields over Peru: population density, night lights and NDVI.

Population is spread from the district capitals (urban share) and the populated centres (rural share);
night lights follow density in DMSP's 0-63 digital numbers; NDVI grows east of the Andes and drops in towns.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .profile import KM_PER_DEG, east_of_andes, rng_for, sigmoid


@dataclass(frozen=True)
class Grid:
    """A north-up grid in EPSG:4326."""

    west: float
    north: float
    size: float
    width: int
    height: int

    @classmethod
    def covering(cls, bounds: tuple[float, float, float, float], size: float) -> "Grid":
        """The grid of pixels of ``size`` degrees, aligned on multiples of ``size``, that covers ``bounds``."""
        west, south, east, north = bounds
        west, south = np.floor(west / size) * size, np.floor(south / size) * size
        east, north = np.ceil(east / size) * size, np.ceil(north / size) * size
        return cls(
            float(west), float(north), size, int(round((east - west) / size)), int(round((north - south) / size))
        )

    @property
    def transform(self):
        from rasterio.transform import from_origin

        return from_origin(self.west, self.north, self.size, self.size)

    def centres(self) -> tuple[np.ndarray, np.ndarray]:
        """Longitude and latitude of every pixel centre (2-D arrays)."""
        lon = self.west + (np.arange(self.width) + 0.5) * self.size
        lat = self.north - (np.arange(self.height) + 0.5) * self.size
        return np.meshgrid(lon, lat)

    def pixel(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        """Row and column of each point, clipped to the grid."""
        rows = np.clip(((self.north - np.asarray(lat)) / self.size).astype(int), 0, self.height - 1)
        cols = np.clip(((np.asarray(lon) - self.west) / self.size).astype(int), 0, self.width - 1)
        return rows, cols

    def pixel_km2(self) -> np.ndarray:
        """Area of the pixels of each row, km² (a column vector)."""
        _, lat = self.centres()
        return ((self.size * KM_PER_DEG) ** 2 * np.cos(np.radians(lat[:, :1]))).astype(float)


def inside_mask(outline, grid: Grid) -> np.ndarray:
    """True for pixels whose centre is inside ``outline``."""
    from rasterio.features import geometry_mask

    return geometry_mask([outline], out_shape=(grid.height, grid.width), transform=grid.transform, invert=True)


def spread(grid: Grid, lon, lat, weights, sigma_px: float) -> np.ndarray:
    """Weights dropped at their pixels and blurred with a Gaussian of ``sigma_px`` pixels (sum kept inside)."""
    from scipy.ndimage import gaussian_filter

    counts = np.zeros((grid.height, grid.width))
    rows, cols = grid.pixel(lon, lat)
    np.add.at(counts, (rows, cols), np.asarray(weights, dtype=float))
    return gaussian_filter(counts, sigma_px, mode="constant")


def population_density(grid: Grid, profile: pd.DataFrame, centres: pd.DataFrame, settings: dict) -> np.ndarray:
    """Persons per km²: each district's urban population around its capital, the rest over its centres."""
    urban = profile["population"] * profile["urban_share"]
    rural = (profile["population"] - urban).groupby(profile["ubigeo"]).first()
    per_centre = centres["inei_distrito"].map(rural / centres.groupby("inei_distrito").size())
    city, rural = settings["city_sigma_deg"] / grid.size, settings["rural_sigma_deg"] / grid.size
    people = spread(grid, profile["longitude"], profile["latitude"], urban, city)
    people += spread(grid, centres["longitude"], centres["latitude"], per_centre, rural)
    return people / grid.pixel_km2()


def night_lights(density: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """DMSP-like stable lights (0-63): dark below ~20 persons/km², saturated in city centres."""
    with np.errstate(divide="ignore"):
        level = 18.0 * (np.log10(density) - 1.3)
    return np.clip(np.round(level + rng.normal(0, 1.0, density.shape)), 0, 63)


def smooth_noise(shape: tuple[int, int], sigma_px: float, rng: np.random.Generator) -> np.ndarray:
    """Spatially smooth noise with unit standard deviation."""
    from scipy.ndimage import gaussian_filter

    noise = gaussian_filter(rng.standard_normal(shape), sigma_px)
    return noise / noise.std()


def ndvi(grid: Grid, density: np.ndarray, noise_sigma_deg: float, rng: np.random.Generator) -> np.ndarray:
    """NDVI: desert coast ~0.1, Andes ~0.4, Amazon ~0.85, lower in towns."""
    lon, lat = grid.centres()
    noise = smooth_noise(lon.shape, noise_sigma_deg / grid.size, rng)
    greenness = 0.06 + 0.8 * sigmoid(2.0 * east_of_andes(lat, lon)) + 0.05 * noise
    towns = 0.25 * np.clip(density / 2000.0, 0, 1)
    return np.clip(greenness - towns, -0.1, 0.95)


def demo_rasters(outline, profile: pd.DataFrame, centres: pd.DataFrame, recipe: dict) -> tuple[Grid, dict]:
    """The grid and the three fields (float32, nodata outside Peru) keyed by name."""
    settings = recipe["rasters"]
    grid = Grid.covering(outline.bounds, settings["pixel_size_deg"])
    inside = inside_mask(outline, grid)
    density = population_density(grid, profile, centres, settings)
    fields = {
        "population_density": density,
        "night_lights": night_lights(density, rng_for(recipe["seed"], "night_lights")),
        "ndvi": ndvi(grid, density, settings["ndvi_noise_sigma_deg"], rng_for(recipe["seed"], "ndvi")),
    }
    nodata = settings["nodata"]
    return grid, {name: np.where(inside, field, nodata).astype("float32") for name, field in fields.items()}
