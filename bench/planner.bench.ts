/**
 * Benchmark of the training issue: the room planner (src/training/domain/plan-rooms.ts) on a
 * national-scale synthetic input: 1,000,000 trainees in 5,000 municipalities (7 regions),
 * 60,000 rooms, deterministic seed. Reports wall time, peak memory (resourceUsage().maxRSS)
 * and classes used against the lower bound Σ ceil(n_group / max). Goal: under 5 s, classes
 * placed equal to the bound wherever seats suffice.
 *
 * Baseline in the same run: the time to merely group the trainees by (municipality, language)
 * and sort the rooms by (municipality, seats), the least work any planner must do; the ratio
 * is planner time ÷ baseline time.
 *
 * `BENCH_TRAINEES`, `BENCH_MUNICIPALITIES`, `BENCH_ROOMS` change the size. Pure: no database.
 */
import { performance } from 'node:perf_hooks';
import { planRooms, type PlannerMunicipality, type PlannerRoom, type TraineeGroup } from '../src/training/domain/plan-rooms.js';

const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 1_000_000);
const MUNICIPALITIES = Number(process.env.BENCH_MUNICIPALITIES ?? 5_000);
const ROOMS = Number(process.env.BENCH_ROOMS ?? 60_000);
const REGIONS = 7;
const MAX = 30;
const fmt = (n: number) => n.toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** mulberry32: small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthesise() {
  const rand = rng(20231006);
  const municipalities: PlannerMunicipality[] = Array.from({ length: MUNICIPALITIES }, (_, i) => ({
    id: `m${i}`,
    code: `m${i}`,
    regionId: `r${i % REGIONS}`,
    sortOrder: i,
  }));
  // Skewed sizes: weight ~ 1/(rank^0.6), so a few large cities and many small places.
  const weights = municipalities.map((_, i) => 1 / Math.pow(i + 1, 0.6) + rand() * 0.01);
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w / total) * TRAINEES));
  counts[0] = (counts[0] ?? 0) + TRAINEES - counts.reduce((a, b) => a + b, 0);
  const groups: TraineeGroup[] = [];
  let t = 0;
  for (const [i, n] of counts.entries()) {
    // Language of work: ~85% SQ, ~10% SR, ~5% TR.
    const sr = Math.floor(n * (0.05 + rand() * 0.1));
    const tr = Math.floor(n * rand() * 0.1);
    const sq = n - sr - tr;
    for (const [language, k] of [
      ['SQ', sq],
      ['SR', sr],
      ['TR', tr],
    ] as const) {
      if (k <= 0) continue;
      const traineeIds = new Array<string>(k);
      for (let j = 0; j < k; j++) traineeIds[j] = `t${t++}`;
      groups.push({ municipalityId: `m${i}`, language, traineeIds });
    }
  }
  // Rooms in proportion to trainees; every 50th municipality has none (its classes spill over).
  const rooms: PlannerRoom[] = [];
  const roomShare = counts.map((n, i) => (i % 50 === 49 ? 0 : n));
  const shareTotal = roomShare.reduce((a, b) => a + b, 0);
  for (const [i, n] of roomShare.entries()) {
    const k = Math.round((n / shareTotal) * ROOMS);
    for (let j = 0; j < k && rooms.length < ROOMS; j++) {
      rooms.push({
        id: `room${rooms.length}`,
        municipalityId: `m${i}`,
        label: `School ${i}, room ${j + 1}`,
        seats: 18 + Math.floor(rand() * 23), // 18–40
        hasProjector: rand() < 0.5,
        hasTv: rand() < 0.2,
        availability: rand() < 0.05 ? [{ from: '2023-10-01', to: '2023-10-17' }] : [],
      });
    }
  }
  return { municipalities, groups, rooms };
}

function baseline(groups: readonly TraineeGroup[], rooms: readonly PlannerRoom[]): number {
  const start = performance.now();
  const byKey = new Map<string, string[]>();
  for (const g of groups) {
    const k = `${g.municipalityId}|${g.language}`;
    const list = byKey.get(k) ?? [];
    for (const id of g.traineeIds) list.push(id);
    byKey.set(k, list);
  }
  const sorted = [...rooms].sort((a, b) =>
    a.municipalityId < b.municipalityId ? -1 : a.municipalityId > b.municipalityId ? 1 : a.seats - b.seats,
  );
  const ms = performance.now() - start;
  if (byKey.size === 0 && sorted.length < 0) console.log('unreachable');
  return ms;
}

const data = synthesise();
const traineeCount = data.groups.reduce((s, g) => s + g.traineeIds.length, 0);
console.log(
  `input: ${fmt(traineeCount)} trainees in ${fmt(data.groups.length)} (municipality, language) groups, ${fmt(MUNICIPALITIES)} municipalities, ${fmt(data.rooms.length)} rooms, max ${MAX}`,
);
const baseMs = baseline(data.groups, data.rooms);
const start = performance.now();
const result = planRooms({
  groups: data.groups,
  rooms: data.rooms,
  municipalities: data.municipalities,
  event: { from: '2023-10-16', to: '2023-10-20' },
  maxClassSize: MAX,
});
const planMs = performance.now() - start;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;

const shortClasses = result.shortfalls.reduce((s, x) => s + x.classKeys.length, 0);
const afternoon = result.classes.filter((c) => c.shift === 'AFTERNOON').length;
const away = result.classes.filter((c) => c.roomMunicipalityId !== null && c.roomMunicipalityId !== c.municipalityId).length;
console.log(
  `planner: ${seconds(planMs)} wall; baseline (group trainees + sort rooms only): ${seconds(baseMs)}; ratio ${(planMs / baseMs).toFixed(1)}×`,
);
console.log(`peak memory: maxRSS ${maxRssMb.toFixed(0)} MB (whole process, input included); heap after ${heapMb.toFixed(0)} MB`);
console.log(
  `classes: ${fmt(result.classes.length)} formed = lower bound ${fmt(result.lowerBound)}; placed ${fmt(result.classesPlaced)}, unplaced ${fmt(shortClasses)} (${fmt(result.shortfalls.length)} shortfall lines)`,
);
console.log(
  `placements: ${fmt(afternoon)} in the afternoon shift, ${fmt(away)} in a neighbouring municipality; trainees placed ${fmt(result.traineesPlaced)}, unplaced ${fmt(result.traineesUnplaced)}`,
);
if (result.classes.length !== result.lowerBound) {
  console.error('✗ classes formed differ from the lower bound');
  process.exit(1);
}
if (result.traineesPlaced + result.traineesUnplaced !== traineeCount) {
  console.error('✗ trainees lost');
  process.exit(1);
}
console.log(planMs < 5000 ? '✓ under 5 s' : '✗ over the 5 s goal');
if (planMs >= 5000) process.exit(1);
