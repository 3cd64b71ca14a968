// The world map's part of <pid-echart>, in its own file so that only a page that shows the map fetches it: the
// map chart, its legend of classes (visualMap), and Natural Earth's borders. The borders are world-atlas's
// 1:50m countries, which still show small countries such as Bahrain and Singapore; the build puts their points
// on a coarser grid (vite.config.ts), which no map the dashboard draws can show.
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent } from 'echarts/components';
import { feature } from 'topojson-client';
import atlas from 'world-atlas/countries-50m.json';

echarts.use([MapChart, VisualMapPiecewiseComponent]);

/** Antarctica has no people to target and takes a fifth of the map's height. */
const ANTARCTICA = '010';

/**
 * A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from +180° to −180° and back; drawn on
 * a flat map, those jumps are lines across the whole world. Such a ring is kept on the side where most of it
 * lies: its points on the other side are moved onto the 180° meridian, which hides a sliver a few pixels wide.
 */
function keepOnOneSide(ring) {
  const crosses = ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180);
  if (!crosses) {
    return ring;
  }
  const east = ring.filter((point) => point[0] > 0).length >= ring.length / 2;
  return ring.map(([lon, lat]) => (east && lon < 0 ? [180, lat] : !east && lon > 0 ? [-180, lat] : [lon, lat]));
}

function withoutAntimeridianJumps(geometry) {
  if (geometry.type === 'Polygon') {
    geometry.coordinates = geometry.coordinates.map(keepOnOneSide);
  } else if (geometry.type === 'MultiPolygon') {
    geometry.coordinates = geometry.coordinates.map((polygon) => polygon.map(keepOnOneSide));
  }
  return geometry;
}

function hasArea(ring) {
  let twiceTheArea = 0;
  for (let i = 1; i < ring.length; i++) {
    twiceTheArea += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  }
  return twiceTheArea !== 0;
}

/**
 * The geometry without the rings the coarser grid folded onto a line or a point (the Vatican, a few islets of
 * larger countries), which ECharts cannot draw and fails on; null when nothing is left to draw.
 */
function withoutEmptyRings(geometry) {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .filter((polygon) => hasArea(polygon[0]))
    .map((polygon) => polygon.filter(hasArea));
  return polygons.length === 0 ? null : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * The countries as GeoJSON, each named by its ISO 3166-1 numeric code so that the server's names attach. A
 * country too small to draw at all is left out of the map; its figures stay in the map's table.
 */
export function worldBorders() {
  const countries = feature(atlas, atlas.objects.countries);
  countries.features = countries.features
    .filter((country) => country.id !== ANTARCTICA && country.geometry)
    .map((country) => ({
      type: 'Feature',
      properties: { name: country.id || country.properties.name },
      geometry: withoutEmptyRings(withoutAntimeridianJumps(country.geometry)),
    }))
    .filter((country) => country.geometry);
  return countries;
}
