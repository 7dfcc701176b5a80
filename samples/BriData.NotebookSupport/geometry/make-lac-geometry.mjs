// Generates lac-geometry.json: the 33 Latin American and Caribbean states (ISO 3166 alpha-3) and grey context
// outlines (the United States, Puerto Rico, French Guiana and the other dependencies of the region) from Natural
// Earth 1:50m admin-0 boundaries, as redistributed by the npm package world-atlas 2.0.2 (countries-50m.json).
//
//   npm ci
//   node make-lac-geometry.mjs [--m49 path/to/country-codes-lac-china.csv] [--out lac-geometry.json]
//
// world-atlas identifies countries by ISO 3166-1 numeric code (= UN M49 for states). The numeric -> alpha-3 table
// is derived, here and every run, from the project's source folder un-m49-country-codes (rows whose Sub-region Name
// is "Latin America and the Caribbean" and is_independent is "Yes"); the script fails unless that gives exactly the
// 33 states and each of them is in the atlas. Output is deterministic: the same inputs give the same bytes.
//
// Steps: topology-preserving simplification (topojson-simplify, planar triangle area in square degrees, so shared
// borders stay shared), conversion to polygons, removal of islets below a size threshold (never a state's largest
// polygon, so every state keeps at least one), clipping of the context to the display box, rounding to 0.01 degree
// (about 1.1 km), and a compact JSON file with one flat [lon, lat, lon, lat, ...] array per ring.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const topojson = require("topojson-client");
const simplify = require("topojson-simplify");
const here = dirname(fileURLToPath(import.meta.url));

// ---- settings -------------------------------------------------------------------------------------------------
// The display box (degrees): Mexico's Guadalupe Island (118.4 W) to Brazil's Fernando de Noronha (32.4 W), Cape
// Horn's Diego Ramirez islands (56.5 S) to the Mexico-US border (32.7 N). A state's polygon outside it is dropped and
// reported (none is, with world-atlas 2.0.2: Brazil's mid-Atlantic islets are below the 50m data's or the islet
// threshold's size); one crossing it stops the script. Context territories are clipped to it.
const BOX = { west: -118.6, south: -56.6, east: -32.2, north: 33.6 };
const SIMPLIFY_MIN_WEIGHT = 0.0004; // square degrees (planar triangle area); larger = coarser
const MIN_ISLET_AREA = 0.012; // square degrees; polygons below it are dropped unless they are a state's largest ...
const MIN_ISLET_AREA_SMALL_STATE = 0.0015; // ... or belong to a state under SMALL_STATE_AREA or a context territory
const SMALL_STATE_AREA = 1.0; // square degrees (Jamaica is about 0.93, El Salvador about 1.7)
const DECIMALS = 2;

// ---- arguments ------------------------------------------------------------------------------------------------
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : undefined;
};
const m49Candidates = [
  option("--m49"),
  resolve(here, "../../../../shared/sources/un-m49-country-codes/country-codes-lac-china.csv"),
  "/work/shared/sources/un-m49-country-codes/country-codes-lac-china.csv",
].filter(Boolean);
const m49Path = m49Candidates.find((p) => existsSync(p));
if (!m49Path) {
  console.error(`un-m49-country-codes CSV not found; pass --m49 PATH (tried: ${m49Candidates.join(", ")})`);
  process.exit(1);
}
const outPath = resolve(option("--out") ?? join(here, "lac-geometry.json"));

// ---- the numeric -> alpha-3 table from the UN M49 source -----------------------------------------------------
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else if (c !== "\r") field += c;
  }
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
const [header, ...records] = parseCsv(readFileSync(m49Path, "utf8"));
const col = (name) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`column ${name} missing from ${m49Path}`);
  return i;
};
const [cAlpha3, cNumeric, cSubRegion, cIndependent, cName] =
  ["ISO3166-1-Alpha-3", "ISO3166-1-numeric", "Sub-region Name", "is_independent", "CLDR display name"].map(col);
const lacByNumeric = new Map();
for (const r of records) {
  if (r[cSubRegion] === "Latin America and the Caribbean" && r[cIndependent] === "Yes") {
    lacByNumeric.set(r[cNumeric].padStart(3, "0"), { alpha3: r[cAlpha3], name: r[cName] });
  }
}
if (lacByNumeric.size !== 33) throw new Error(`expected 33 LAC states in ${m49Path}, found ${lacByNumeric.size}`);

// ---- decode, simplify ---------------------------------------------------------------------------------------
const atlasPath = require.resolve("world-atlas/countries-50m.json");
const atlasVersion = JSON.parse(readFileSync(require.resolve("world-atlas/package.json"), "utf8")).version;
const topology = JSON.parse(readFileSync(atlasPath, "utf8"));
const simplified = simplify.simplify(simplify.presimplify(topology, simplify.planarTriangleArea), SIMPLIFY_MIN_WEIGHT);
const collection = topojson.feature(simplified, simplified.objects.countries);

const ringArea = (ring) => { // planar, square degrees, positive
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(a / 2);
};
const ringCentroid = (ring) => {
  let a = 0, x = 0, y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f; x += (ring[j][0] + ring[i][0]) * f; y += (ring[j][1] + ring[i][1]) * f;
  }
  return a === 0 ? ring[0] : [x / (3 * a), y / (3 * a)];
};
const inBox = ([lon, lat]) => lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north;
const round = (v) => Number(v.toFixed(DECIMALS));
const polygonsOf = (geometry) =>
  !geometry ? [] : geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];

// A flat [lon, lat, ...] ring, rounded, without repeated points and without the closing point; null if degenerate.
function flatRing(ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const x = round(lon), y = round(lat);
    if (out.length >= 2 && out[out.length - 2] === x && out[out.length - 1] === y) continue;
    out.push(x, y);
  }
  if (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  return out.length >= 6 ? out : null;
}

// Sutherland-Hodgman clipping of a ring ([lon, lat] pairs) to the display box (context territories only).
function clipToBox(ring) {
  const lons = ring.map((p) => p[0]);
  if (Math.max(...lons) - Math.min(...lons) > 180) return null; // wraps the antimeridian (Fiji, Russia): far away
  const edges = [
    [(p) => p[0] >= BOX.west, (a, b) => [BOX.west, a[1] + ((BOX.west - a[0]) * (b[1] - a[1])) / (b[0] - a[0])]],
    [(p) => p[0] <= BOX.east, (a, b) => [BOX.east, a[1] + ((BOX.east - a[0]) * (b[1] - a[1])) / (b[0] - a[0])]],
    [(p) => p[1] >= BOX.south, (a, b) => [a[0] + ((BOX.south - a[1]) * (b[0] - a[0])) / (b[1] - a[1]), BOX.south]],
    [(p) => p[1] <= BOX.north, (a, b) => [a[0] + ((BOX.north - a[1]) * (b[0] - a[0])) / (b[1] - a[1]), BOX.north]],
  ];
  let points = ring.slice(0, -1); // GeoJSON rings repeat the first point at the end
  for (const [inside, cross] of edges) {
    const out = [];
    for (let i = 0; i < points.length; i++) {
      const cur = points[i], prev = points[(i + points.length - 1) % points.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur));
    }
    points = out;
  }
  return points.length >= 3 ? [...points, points[0]] : null;
}

const report = { droppedOutsideBox: [], holesDropped: 0 };
function keepPolygons(feature, isState) {
  const polygons = polygonsOf(feature.geometry);
  // A state keeps its polygons whole (one crossing the box is an error, below); a context territory is clipped.
  const outer = polygons
    .map((p) => ({ ring: isState ? p[0] : clipToBox(p[0]), holes: p.length - 1 }))
    .filter((p) => p.ring !== null)
    .map((p) => ({ ...p, area: ringArea(p.ring) }));
  const total = outer.reduce((s, p) => s + p.area, 0);
  const largest = outer.reduce((m, p) => (p.area > m ? p.area : m), 0);
  const minArea = !isState || total < SMALL_STATE_AREA ? MIN_ISLET_AREA_SMALL_STATE : MIN_ISLET_AREA;
  const kept = [];
  for (const p of outer) {
    const inside = p.ring.every(inBox);
    if (!inside) {
      if (isState && p.ring.some(inBox)) throw new Error(`${feature.properties.name}: a polygon crosses the display box`);
      if (isState) report.droppedOutsideBox.push(`${feature.properties.name} (${ringCentroid(p.ring).map((v) => v.toFixed(1)).join(", ")})`);
      continue;
    }
    if (p.area < minArea && !(isState && p.area === largest)) continue;
    const flat = flatRing(p.ring);
    if (!flat) continue;
    report.holesDropped += p.holes;
    kept.push({ flat, area: p.area, ring: p.ring });
  }
  return { kept, total };
}

const states = [];
const context = [];
const seen = new Set();
for (const feature of collection.features) {
  const id = feature.id;
  const lac = id ? lacByNumeric.get(id) : undefined;
  const { kept, total } = keepPolygons(feature, Boolean(lac));
  if (lac) {
    seen.add(id);
    if (kept.length === 0) throw new Error(`${lac.alpha3}: no polygon left`);
    const main = kept.reduce((m, p) => (p.area > m.area ? p : m));
    const [labelLon, labelLat] = ringCentroid(main.ring).map(round);
    states.push({
      alpha3: lac.alpha3, m49: id, name: lac.name, areaSqDeg: Number(total.toFixed(4)), labelLon, labelLat,
      polygons: kept.sort((a, b) => b.area - a.area).map((p) => p.flat),
    });
  } else if (kept.length > 0) {
    context.push({ name: feature.properties.name, m49: id ?? null, polygons: kept.sort((a, b) => b.area - a.area).map((p) => p.flat) });
  }
}
const missing = [...lacByNumeric].filter(([id]) => !seen.has(id)).map(([, v]) => v.alpha3);
if (missing.length > 0) throw new Error(`not in world-atlas countries-50m.json: ${missing.join(" ")}`);
states.sort((a, b) => (a.alpha3 < b.alpha3 ? -1 : a.alpha3 > b.alpha3 ? 1 : 0));
context.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const output = {
  format: "bridata-lac-geometry/1",
  source: {
    boundaries: "Natural Earth 1:50m Cultural Vectors, Admin 0 - Countries (version 4.1.0), public domain",
    package: `world-atlas ${atlasVersion} (countries-50m.json), ISC licence, Copyright 2013-2019 Michael Bostock`,
    codes: "ISO 3166-1 numeric -> alpha-3 from un-m49-country-codes (datahub.io country-codes, ODC-PDDL-1.0)",
    processing: `topojson-simplify planar triangle area >= ${SIMPLIFY_MIN_WEIGHT} sq deg; islets < ${MIN_ISLET_AREA} sq deg dropped (< ${MIN_ISLET_AREA_SMALL_STATE} for states under ${SMALL_STATE_AREA} sq deg and context; a state's largest polygon always kept); holes dropped; context clipped to the box; rounded to ${DECIMALS} decimals`,
  },
  coordinates: "longitude, latitude in decimal degrees (WGS 84); each ring is a flat array lon0, lat0, lon1, lat1, ... without the closing point; outer rings only",
  bounds: [BOX.west, BOX.south, BOX.east, BOX.north],
  states,
  context,
};
const text = JSON.stringify(output)
  .replace(/\{"alpha3"/g, '\n{"alpha3"')
  .replace(/\{"name"/g, '\n{"name"') + "\n";
writeFileSync(outPath, text);

const points = (list) => list.reduce((s, f) => s + f.polygons.reduce((t, r) => t + r.length / 2, 0), 0);
console.log(`wrote ${outPath}: ${text.length} bytes; ${states.length} states (${points(states)} points), ${context.length} context outlines (${points(context)} points)`);
console.log(`state polygons dropped outside the display box: ${report.droppedOutsideBox.join("; ") || "none"}`);
console.log(`holes dropped: ${report.holesDropped}`);
console.log("states below " + SMALL_STATE_AREA + " sq deg: " + states.filter((s) => s.areaSqDeg < SMALL_STATE_AREA).map((s) => `${s.alpha3} ${s.areaSqDeg}`).join(", "));
console.log("context: " + context.map((c) => c.name).join(", "));
